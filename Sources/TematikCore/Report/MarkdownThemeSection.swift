/// One theme's section of `report.md`, with the same content as ``HTMLThemeSection``.
enum MarkdownThemeSection {
    /// The section of the theme at `theme` in ``AnalysisResult/themes``.
    static func render(_ context: ReportContext, theme index: Int) -> String {
        let theme = context.result.themes[index]
        let lang = context.language
        let e = MarkdownEscape.escape
        func int(_ n: Int) -> String { NumberFormat.display(n, language: lang) }
        func dec(_ x: Double, _ d: Int) -> String { NumberFormat.display(x, decimals: d, language: lang) }
        var text = "### \(e(context.localized(theme.label)))\n\n"
        let description = context.localized(theme.description)
        text +=
            "**\(e(context.ui(.definition))):** \(e(description.isEmpty ? context.ui(.noDefinition) : description))\n\n"
        let c = theme.counts
        text += "\(e(context.ui(.references))): \(int(c.references)) · \(e(context.ui(.codedSegments))): "
        text += "\(int(c.segments)) · \(e(context.ui(.documentsPercent))): "
        text += "\(NumberFormat.percent(c.documentPercent / 100, decimals: 0, language: lang)) · "
        text += "\(e(context.ui(.respondents))): \(int(c.respondents)) · \(e(context.ui(.ratePer1000))): "
        text += "\(dec(c.rate, 2))\n\n"
        let codes = context.result.codes.filter { $0.theme == theme.id }
        text += MarkdownEscape.table(
            [
                context.ui(.code), context.ui(.id), context.ui(.references), context.ui(.codedSegments),
                context.ui(.documentsPercent), context.ui(.ratePer1000),
            ],
            numeric: [false, false, true, true, true, true],
            rows: codes.map { code in
                [
                    e(context.localized(code.label)), e(code.id), int(code.counts.references),
                    int(code.counts.segments),
                    NumberFormat.percent(code.counts.documentPercent / 100, language: lang), dec(code.counts.rate, 2),
                ]
            })

        text += "#### \(e(context.ui(.exemplars)))\n\n"
        let limit = min(6, max(context.result.options.exemplars, codes.count))
        let picked = HTMLThemeSection.pickExemplars(codes, limit: limit)
        if picked.isEmpty { text += e(context.ui(.noExemplars)) + "\n\n" }
        for (code, exemplar) in picked {
            let quote = exemplar.fragments.map { $0.marked ? "**\(e($0.text))**" : e($0.text) }.joined()
            text += "> \(quote)\n>\n> — \(e(context.source(of: exemplar))), \(e(context.localized(code.label)))\n\n"
        }

        text += "#### \(e(context.ui(.topWords)))\n\n"
        let words = theme.topWords.prefix(HTMLThemeSection.wordLimit)
        text +=
            words.isEmpty
            ? e(context.ui(.noTopWords)) + "\n\n"
            : words.map { "\(e($0.word)) (\(int($0.count)))" }.joined(separator: ", ") + "\n\n"

        text += "#### \(e(context.ui(.cooccursWith)))\n\n"
        let partners = context.partners(ofTheme: theme.id).prefix(HTMLThemeSection.partnerLimit)
        if partners.isEmpty { text += e(context.ui(.noCooccurrence)) + "\n\n" }
        for (other, pair) in partners {
            text += "- \(e(context.themeLabel(id: other))): \(int(pair.both)) "
            text += "(\(e(context.ui(.lift).lowercased())) \(dec(pair.lift, 2)))\n"
        }
        return partners.isEmpty ? text : text + "\n"
    }
}
