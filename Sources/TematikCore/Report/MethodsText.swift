/// The generated methods paragraph, as plain sentences for the HTML and Markdown renderers to escape.
enum MethodsText {
    /// The sentences of the methods paragraph in the report's language.
    static func sentences(_ context: ReportContext) -> [String] {
        let o = context.result.overview
        let input = context.input
        let sv = context.language == .sv
        func int(_ n: Int) -> String { NumberFormat.display(n, language: context.language) }
        let formats = o.formats.map { "\(int($0.documents)) \($0.format.rawValue)" }.joined(separator: ", ")
        let codebook = input.codebook
        let unit = unitName(context.result.cooccurrence.unit, sv: sv)
        var text: [String] = []
        text.append(
            sv
                ? "Materialet består av \(int(o.documents)) dokument (\(formats)) med \(int(o.segments)) yttranden "
                    + "och \(int(o.words)) ord; \(int(o.unitSegments)) yttranden med \(int(o.unitWords)) ord analyserades."
                : "The corpus holds \(int(o.documents)) documents (\(formats)) with \(int(o.segments)) speaker turns "
                    + "and \(int(o.words)) words; \(int(o.unitSegments)) turns with \(int(o.unitWords)) words were analysed."
        )
        if input.manifest.includeInterviewer {
            text.append(sv ? "Även intervjuarens yttranden kodades." : "Interviewer turns were coded as well.")
        } else {
            let labels = (input.manifest.interviewerLabels + input.manifest.interviewerNames).joined(separator: ", ")
            text.append(
                sv
                    ? "Intervjuarens yttranden (talare: \(labels)) kodades inte."
                    : "Interviewer turns (speakers: \(labels)) were not coded.")
        }
        text.append(
            sv
                ? "Texten kodades automatiskt med kodboken ”\(codebook.name)” version \(codebook.version) "
                    + "(SHA-256 \(codebook.sha256)) med \(int(codebook.themes.count)) teman och "
                    + "\(int(codebook.codes.count)) koder, genom att kodbokens ordmönster matchades mot orden i texten "
                    + "utan hänsyn till skiftläge."
                : "The text was coded automatically with the codebook “\(codebook.name)” version \(codebook.version) "
                    + "(SHA-256 \(codebook.sha256)), \(int(codebook.themes.count)) themes and "
                    + "\(int(codebook.codes.count)) codes, by matching its word patterns against the words of the text, "
                    + "ignoring case.")
        text.append(
            sv
                ? "Frekvenser anges som referenser per 1 000 analyserade ord. Samförekomst räknades per \(unit) "
                    + "(\(int(context.result.cooccurrence.units)) enheter); lift är observerad samförekomst delad "
                    + "med den förväntade om temana vore oberoende."
                : "Rates are references per 1,000 analysed words. Co-occurrence was counted per \(unit) "
                    + "(\(int(context.result.cooccurrence.units)) units); lift is observed co-occurrence divided by "
                    + "what independent themes would give.")
        text.append(
            sv
                ? "Rapporten skapades med Tematik \(input.toolVersion)."
                : "The report was produced with Tematik \(input.toolVersion).")
        return text
    }

    /// The unit of analysis in running text.
    private static func unitName(_ unit: CoUnit, sv: Bool) -> String {
        switch unit {
        case .segment: sv ? "yttrande" : "speaker turn"
        case .sentence: sv ? "mening" : "sentence"
        case .paragraph: sv ? "stycke" : "paragraph"
        case .document: sv ? "dokument" : "document"
        case .window(let n): sv ? "fönster om \(n) ord" : "window of \(n) words"
        }
    }
}
