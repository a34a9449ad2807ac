/// The language of a report's labels and text.
public enum ReportLanguage: String, Hashable, Sendable, Codable, CaseIterable {
    case sv
    case en
}

/// The words of the report's own interface, in Swedish and English.
///
/// One switch holds every string so that a missing translation is a compile error, not a blank label.
/// Labels of themes and codes come from the codebook instead (``LocalizedText/text(in:)``).
enum UIText: CaseIterable {
    case reportTitle, contents, overview, prevalence, cooccurrence, documentThemes, themes, comparison, methods
    case documents, segments, unitSegments, words, respondentWords, speakers, respondents, interviewers
    case codedDocuments, codedSegments, references, codes, formats
    case theme, code, label, id, document, format, speaker, time, word, count, group, attribute, value
    case documentsPercent, ratePer1000, jaccard, lift, pair
    case prevalenceDocumentsTitle, prevalenceRateTitle, percentOfDocumentsAxis, referencesPer1000Axis
    case cooccurrenceTitle, cooccurrenceNote, documentThemeTitle, documentThemeNote, themeAxis, documentAxis
    case definition, noDefinition, exemplars, noExemplars, topWords, noTopWords, cooccursWith, noCooccurrence
    case noAttributes, missingValue, sortHint, generated, unnamedSpeaker, keyFigures, failedInputs, comparisonNote
    case documentsShown

    /// The string in `language`.
    func text(_ language: ReportLanguage) -> String {
        let (sv, en) = pair
        return language == .sv ? sv : en
    }

    private var pair: (String, String) {
        switch self {
        case .reportTitle: ("Tematisk analys", "Thematic analysis")
        case .contents: ("Innehåll", "Contents")
        case .overview: ("Översikt", "Overview")
        case .prevalence: ("Teman i materialet", "Theme prevalence")
        case .cooccurrence: ("Samförekomst", "Co-occurrence")
        case .documentThemes: ("Dokument och teman", "Documents and themes")
        case .themes: ("Teman", "Themes")
        case .comparison: ("Jämförelse mellan grupper", "Comparison by group")
        case .methods: ("Metod", "Methods")
        case .documents: ("Dokument", "Documents")
        case .segments: ("Yttranden", "Segments")
        case .unitSegments: ("Analyserade yttranden", "Segments analysed")
        case .words: ("Ord", "Words")
        case .respondentWords: ("Analyserade ord", "Words analysed")
        case .speakers: ("Talare", "Speakers")
        case .respondents: ("Respondenter", "Respondents")
        case .interviewers: ("Intervjuare", "Interviewers")
        case .codedDocuments: ("Kodade dokument", "Coded documents")
        case .codedSegments: ("Kodade yttranden", "Coded segments")
        case .references: ("Referenser", "References")
        case .codes: ("Koder", "Codes")
        case .formats: ("Format", "Formats")
        case .theme: ("Tema", "Theme")
        case .code: ("Kod", "Code")
        case .label: ("Namn", "Label")
        case .id: ("Id", "Id")
        case .document: ("Dokument", "Document")
        case .format: ("Format", "Format")
        case .speaker: ("Talare", "Speaker")
        case .time: ("Tid", "Time")
        case .word: ("Ord", "Word")
        case .count: ("Antal", "Count")
        case .group: ("Grupp", "Group")
        case .attribute: ("Variabel", "Attribute")
        case .value: ("Värde", "Value")
        case .documentsPercent: ("Andel dokument", "Share of documents")
        case .ratePer1000: ("Per 1 000 ord", "Per 1,000 words")
        case .jaccard: ("Jaccard", "Jaccard")
        case .lift: ("Lift", "Lift")
        case .pair: ("Par", "Pair")
        case .prevalenceDocumentsTitle:
            ("Andel dokument där temat förekommer", "Share of documents mentioning each theme")
        case .prevalenceRateTitle: ("Referenser per 1 000 ord", "References per 1,000 words")
        case .percentOfDocumentsAxis: ("% av dokumenten", "% of documents")
        case .referencesPer1000Axis: ("referenser per 1 000 analyserade ord", "references per 1,000 words analysed")
        case .cooccurrenceTitle: ("Samförekomst mellan teman (antal enheter)", "Theme co-occurrence (units)")
        case .cooccurrenceNote:
            (
                "Varje ruta visar i hur många analysenheter båda temana förekommer; den grå diagonalen visar "
                    + "enheterna med temat. Håll pekaren över en ruta för Jaccard och lift (över 1: oftare tillsammans "
                    + "än slumpen ger).",
                "Each cell shows how many units of analysis hold both themes; the grey diagonal shows the units "
                    + "with the theme. Hover over a cell for Jaccard and lift (above 1: together more often than "
                    + "chance)."
            )
        case .documentThemeTitle: ("Referenser per tema och dokument", "References by document and theme")
        case .documentsShown:
            (
                "Visar de {shown} dokument som har flest referenser, av {total}; alla finns i documents.csv.",
                "Showing the {shown} documents with most references, of {total}; all are in documents.csv."
            )
        case .documentThemeNote:
            (
                "Mörkare ruta: fler referenser per 1 000 ord i dokumentet.",
                "Darker cell: more references per 1,000 words in the document."
            )
        case .themeAxis: ("Tema", "Theme")
        case .documentAxis: ("Dokument", "Document")
        case .definition: ("Definition", "Definition")
        case .noDefinition: ("Ingen beskrivning i kodboken.", "No description in the codebook.")
        case .exemplars: ("Exempelcitat", "Exemplar quotes")
        case .noExemplars: ("Inga citat.", "No quotes.")
        case .topWords: ("Vanligaste träffade ord", "Most frequent matched words")
        case .noTopWords: ("Inga träffar.", "No matches.")
        case .cooccursWith: ("Förekommer ofta med", "Co-occurs with")
        case .noCooccurrence: ("Förekommer inte tillsammans med andra teman.", "Does not co-occur with other themes.")
        case .noAttributes:
            (
                "Inga bakgrundsvariabler (metadata.csv saknas eller har bara filnamn).",
                "No attributes (metadata.csv is missing or names only files)."
            )
        case .missingValue: ("(saknas)", "(missing)")
        case .sortHint: ("Klicka på en kolumnrubrik för att sortera.", "Click a column header to sort.")
        case .generated: ("Skapad", "Generated")
        case .unnamedSpeaker: ("(okänd talare)", "(unnamed speaker)")
        case .keyFigures: ("Nyckeltal", "Key figures")
        case .comparisonNote:
            (
                "Referenser per 1 000 analyserade ord för varje tema, per grupp av dokument.",
                "References per 1,000 analysed words for each theme, by group of documents."
            )
        case .failedInputs:
            (
                "Följande filer kunde inte läsas och ingår inte i analysen:",
                "These files could not be read and are not part of the analysis:"
            )
        }
    }
}
