/// Renders `report.md`: the content of `report.html` as headings, tables and text, for GitHub and pandoc.
enum MarkdownReport {
    /// The whole document.
    static func render(_ input: ReportInput) -> String {
        let context = ReportContext(input)
        let lang = context.language
        let e = MarkdownEscape.escape
        func int(_ n: Int) -> String { NumberFormat.display(n, language: lang) }
        func dec(_ x: Double, _ d: Int) -> String { NumberFormat.display(x, decimals: d, language: lang) }
        func pct(_ x: Double) -> String { NumberFormat.percent(x / 100, language: lang) }
        let o = context.result.overview
        var text = "# \(e(input.codebook.name)) – \(e(context.ui(.reportTitle)))\n\n"
        if let date = context.date { text += "\(e(context.ui(.generated))) \(date)\n\n" }

        text += "## \(e(context.ui(.overview)))\n\n"
        let figures: [(UIText, Int)] = [
            (.documents, o.documents), (.unitSegments, o.unitSegments), (.respondentWords, o.unitWords),
            (.respondents, o.respondents), (.codedDocuments, o.codedDocuments), (.codedSegments, o.codedSegments),
            (.references, o.references), (.themes, context.result.themes.count),
        ]
        text += MarkdownEscape.table(
            [context.ui(.keyFigures), context.ui(.value)], numeric: [false, true],
            rows: figures.map { [e(context.ui($0.0)), int($0.1)] })
        text += "### \(e(context.ui(.prevalence)))\n\n"
        text += MarkdownEscape.table(
            [
                context.ui(.theme), context.ui(.references), context.ui(.codedSegments), context.ui(.documents),
                context.ui(.documentsPercent), context.ui(.respondents), context.ui(.ratePer1000),
            ],
            numeric: [false, true, true, true, true, true, true],
            rows: context.result.themes.map { t in
                [
                    e(context.localized(t.label)), int(t.counts.references), int(t.counts.segments),
                    int(t.counts.documents), pct(t.counts.documentPercent), int(t.counts.respondents),
                    dec(t.counts.rate, 2),
                ]
            })

        text += "## \(e(context.ui(.cooccurrence)))\n\n"
        text += MarkdownEscape.table(
            [context.ui(.theme), context.ui(.theme), context.ui(.count), context.ui(.jaccard), context.ui(.lift)],
            numeric: [false, false, true, true, true],
            rows: context.result.cooccurrence.themePairs.map { p in
                [
                    e(context.themeLabel(id: p.a)), e(context.themeLabel(id: p.b)), int(p.both), dec(p.jaccard, 2),
                    dec(p.lift, 2),
                ]
            })

        text += "## \(e(context.ui(.documentThemes)))\n\n"
        let themes = context.result.themes
        text += MarkdownEscape.table(
            [context.ui(.document), context.ui(.respondentWords)] + themes.map { context.localized($0.label) },
            numeric: [false, true] + themes.map { _ in true },
            rows: context.result.documents.map { g in
                [e(context.groupName(g.name)), int(g.unitWords)]
                    + themes.indices.map { j in int(j < g.themes.count ? g.themes[j].references : 0) }
            })

        text += "## \(e(context.ui(.themes)))\n\n"
        for index in themes.indices { text += MarkdownThemeSection.render(context, theme: index) }

        text += "## \(e(context.ui(.comparison)))\n\n"
        if context.result.attributes.isEmpty { text += e(context.ui(.noAttributes)) + "\n\n" }
        for comparison in context.result.attributes {
            text += "### \(e(context.ui(.attribute))): \(e(comparison.attribute))\n\n"
            text += e(context.ui(.comparisonNote)) + "\n\n"
            text += MarkdownEscape.table(
                [context.ui(.group), context.ui(.documents), context.ui(.respondentWords)]
                    + themes.map { context.localized($0.label) },
                numeric: [false, true, true] + themes.map { _ in true },
                rows: comparison.groups.map { g in
                    [e(context.groupName(g.name)), int(g.documents), int(g.unitWords)]
                        + themes.indices.map { j in dec(j < g.themes.count ? g.themes[j].rate : 0, 1) }
                })
        }

        text += "## \(e(context.ui(.methods)))\n\n"
        text += MethodsText.sentences(context).map(e).joined(separator: " ") + "\n"
        if !input.failures.isEmpty {
            text += "\n" + e(context.ui(.failedInputs)) + "\n\n"
            for failure in input.failures { text += "- \(e(failure.description))\n" }
        }
        return text
    }
}
