/// The analysis stage: counts, comparisons, co-occurrence, exemplars and the codebook audit of a coded
/// corpus. Pure and deterministic: the same input gives the same result, whatever order it came in.
public enum Analysis {
    /// Analyses a coded corpus.
    ///
    /// The units of analysis are the segments ``CodedDocument/isUnit`` marks, coded or not; every rate and
    /// every co-occurrence N is over all of them. Codings on other segments, or with a code index outside
    /// the codebook, are ignored. Documents are taken in document-id order (byte order).
    /// - Parameters:
    ///   - documents: The coded documents (ids unique).
    ///   - codebook: The codebook the documents were coded with; ``Coding/code`` indexes its ``Codebook/codes``.
    ///   - options: The co-occurrence unit and the sizes of the lists.
    /// - Complexity: O(words of the coded segments + codings × log codings + units × k²) for units with k
    ///   codes, plus O(sentence and paragraph text) for those units.
    public static func analyze(
        _ documents: [CodedDocument], codebook: Codebook, options: AnalysisOptions = AnalysisOptions()
    ) -> AnalysisResult {
        let documents = documents.sorted { $0.document.id.precedesInBytes($1.document.id) }
        let layout = CodeLayout(codebook)
        let attributeNames = Set(documents.flatMap(\.document.attributes.keys)).sorted { $0.precedesInBytes($1) }
        var total = Tally(codes: layout.codeCount, themes: layout.themeCount)
        var rows: [GroupStats] = []
        var groups = Array(repeating: [String?: Tally](), count: attributeNames.count)
        var cooccurrence = CooccurrenceCollector(unit: options.unit, layout: layout)
        var words = WordTallies(layout: layout, filterStopWords: options.filterStopWords)
        var exemplars = ExemplarPicker(codes: layout.codeCount)
        for (position, document) in documents.enumerated() {
            let coded = document.unitCodings(layout)
            let tally = Tally(document, coded: coded, layout: layout)
            total.add(tally)
            rows.append(tally.stats(name: document.document.id))
            for (index, name) in attributeNames.enumerated() {
                let value = document.document.attributes[name].map { $0[...].trimmingWhitespace }
                let key = value.flatMap { $0.isEmpty ? nil : String($0) }
                groups[index][key, default: Tally(codes: layout.codeCount, themes: layout.themeCount)].add(tally)
            }
            cooccurrence.add(document, coded: coded)
            words.add(document, coded: coded)
            exemplars.add(document, coded: coded, position: position)
        }
        return AnalysisResult(
            options: options,
            overview: CorpusOverview(documents, layout: layout),
            codes: layout.codes.enumerated().map { index, code in
                CodeStats(id: code.id, theme: code.theme, label: code.label.values,
                          counts: total.counts(total.codes[index]),
                          topWords: words.topWords(code: index, limit: options.topWords),
                          exemplars: exemplars.exemplars(code: index, in: documents, options: options))
            },
            themes: codebook.themes.enumerated().map { index, theme in
                ThemeStats(id: theme.id, label: theme.label.values, description: theme.description.values,
                           color: theme.color, codes: theme.codes.map(\.id),
                           counts: total.counts(total.themes[index]),
                           topWords: words.topWords(theme: index, limit: options.topWords))
            },
            documents: rows,
            attributes: zip(attributeNames, groups).map { name, tallies in
                AttributeComparison(attribute: name, groups: groupStats(tallies))
            },
            cooccurrence: cooccurrence.result(),
            audit: words.audit(uncoveredLimit: options.auditWords))
    }

    /// The groups of one attribute: values in byte order, then the documents without a value.
    private static func groupStats(_ tallies: [String?: Tally]) -> [GroupStats] {
        let named = tallies.compactMap { key, tally in key.map { ($0, tally) } }
            .sorted { $0.0.precedesInBytes($1.0) }
            .map { $0.1.stats(name: $0.0) }
        return named + (tallies[nil].map { [$0.stats(name: nil)] } ?? [])
    }
}
