/// Renders `report.html`: a self-contained page for a steering committee, from overview figures to methods.
enum HTMLReport {
    /// The whole page.
    static func render(_ input: ReportInput) -> String {
        let context = ReportContext(input)
        let title = "\(input.codebook.name) – \(context.ui(.reportTitle))"
        var body = "<header>\n<h1>\(HTMLEscape.escape(title))</h1>\n"
        body += "<p class=\"subtitle\">\(HTMLEscape.escape(subtitle(context)))</p>\n</header>\n"
        body += toc(context)
        body += overview(context)
        body += HTMLRelations.cooccurrence(context)
        body += HTMLRelations.documents(context)
        body += "<section id=\"themes\">\n<h2>\(HTMLEscape.escape(context.ui(.themes)))</h2>\n"
        for index in context.result.themes.indices { body += HTMLThemeSection.render(context, theme: index) }
        body += "</section>\n"
        body += HTMLRelations.comparison(context)
        body += methods(context)
        return HTMLDocument.page(language: input.language, title: title, body: body)
    }

    private static func subtitle(_ context: ReportContext) -> String {
        let o = context.result.overview
        var parts = [
            "\(NumberFormat.display(o.documents, language: context.language)) "
                + context.ui(.documents).lowercased()
        ]
        parts.append("\(context.input.codebook.name) \(context.input.codebook.version)")
        if let date = context.date { parts.append("\(context.ui(.generated)) \(date)") }
        return parts.joined(separator: " · ")
    }

    private static func toc(_ context: ReportContext) -> String {
        let entries: [(String, UIText)] = [
            ("overview", .overview), ("cooccurrence", .cooccurrence), ("documents", .documentThemes),
            ("themes", .themes), ("comparison", .comparison), ("methods", .methods),
        ]
        var html = "<nav class=\"toc\" aria-label=\"\(HTMLEscape.escape(context.ui(.contents)))\">"
        html += "<strong>\(HTMLEscape.escape(context.ui(.contents)))</strong><ol>"
        for (anchor, text) in entries {
            html += "<li><a href=\"#\(anchor)\">\(HTMLEscape.escape(context.ui(text)))</a></li>"
        }
        return html + "</ol></nav>\n"
    }

    private static func overview(_ context: ReportContext) -> String {
        let o = context.result.overview
        let lang = context.language
        let figures: [(Int, UIText)] = [
            (o.documents, .documents), (o.unitSegments, .unitSegments), (o.unitWords, .respondentWords),
            (o.respondents, .respondents), (o.codedDocuments, .codedDocuments), (o.codedSegments, .codedSegments),
            (o.references, .references), (context.result.themes.count, .themes),
        ]
        var html = "<section id=\"overview\">\n<h2>\(HTMLEscape.escape(context.ui(.overview)))</h2>\n"
        html += "<ul class=\"figures\" aria-label=\"\(HTMLEscape.escape(context.ui(.keyFigures)))\">"
        for (value, label) in figures {
            html += "<li><b>\(NumberFormat.display(value, language: lang))</b>"
            html += "<span>\(HTMLEscape.escape(context.ui(label)))</span></li>"
        }
        html += "</ul>\n<h3>\(HTMLEscape.escape(context.ui(.prevalence)))</h3>\n<div class=\"charts\">\n"
        let themes = context.result.themes
        let byDocuments = SVGBarChart(
            id: "chart-documents", title: context.ui(.prevalenceDocumentsTitle),
            axisLabel: context.ui(.percentOfDocumentsAxis),
            bars: themes.enumerated().map { i, theme in
                .init(
                    label: context.localized(theme.label), value: theme.counts.documentPercent,
                    valueText: NumberFormat.percent(theme.counts.documentPercent / 100, decimals: 0, language: lang),
                    color: context.themeColors[i])
            },
            tickText: { NumberFormat.display($0, decimals: 0, language: lang) }, maximum: 100)
        let byRate = SVGBarChart(
            id: "chart-rate", title: context.ui(.prevalenceRateTitle), axisLabel: context.ui(.referencesPer1000Axis),
            bars: themes.enumerated().map { i, theme in
                .init(
                    label: context.localized(theme.label), value: theme.counts.rate,
                    valueText: NumberFormat.display(theme.counts.rate, decimals: 1, language: lang),
                    color: context.themeColors[i])
            },
            tickText: { NumberFormat.display($0, decimals: $0.rounded() == $0 ? 0 : 1, language: lang) }, maximum: nil)
        html += "<figure>\(byDocuments.render())</figure>\n<figure>\(byRate.render())</figure>\n</div>\n"
        html += themeTable(context).render()
        return html + "<p class=\"note\">\(HTMLEscape.escape(context.ui(.sortHint)))</p>\n</section>\n"
    }

    private static func themeTable(_ context: ReportContext) -> HTMLTable {
        let lang = context.language
        return HTMLTable(
            caption: context.ui(.themes),
            columns: [
                .init(title: context.ui(.theme)), .init(title: context.ui(.references), numeric: true),
                .init(title: context.ui(.codedSegments), numeric: true),
                .init(title: context.ui(.documents), numeric: true),
                .init(title: context.ui(.documentsPercent), numeric: true),
                .init(title: context.ui(.respondents), numeric: true),
                .init(title: context.ui(.ratePer1000), numeric: true),
            ],
            rows: context.result.themes.enumerated().map { i, theme in
                let swatch = "<span class=\"swatch\" style=\"background:\(context.themeColors[i])\"></span>"
                let link = "<a href=\"#theme-\(i + 1)\">\(HTMLEscape.escape(context.localized(theme.label)))</a>"
                return [
                    HTMLTable.Cell(html: swatch + link, sortKey: context.localized(theme.label)),
                    .int(theme.counts.references, lang), .int(theme.counts.segments, lang),
                    .int(theme.counts.documents, lang), .percent(theme.counts.documentPercent, lang),
                    .int(theme.counts.respondents, lang), .decimal(theme.counts.rate, 2, lang),
                ]
            })
    }

    private static func methods(_ context: ReportContext) -> String {
        var html = "<section id=\"methods\">\n<h2>\(HTMLEscape.escape(context.ui(.methods)))</h2>\n<p>"
        html += MethodsText.sentences(context).map(HTMLEscape.escape).joined(separator: " ") + "</p>\n"
        if !context.input.failures.isEmpty {
            html += "<p>\(HTMLEscape.escape(context.ui(.failedInputs)))</p>\n<ul>"
            for failure in context.input.failures { html += "<li>\(HTMLEscape.escape(failure.description))</li>" }
            html += "</ul>\n"
        }
        return html + "</section>\n"
    }
}
