/// The sections of `report.html` that relate themes to each other, to documents and to attribute groups.
enum HTMLRelations {
    /// The theme × theme co-occurrence heatmap and the table of theme pairs.
    static func cooccurrence(_ context: ReportContext) -> String {
        let themes = context.result.themes
        let co = context.result.cooccurrence
        let lang = context.language
        var pairs: [String: CooccurrencePair] = [:]
        for pair in co.themePairs { pairs[pair.a + "\u{0}" + pair.b] = pair }
        let most = Double(co.themePairs.map(\.both).max() ?? 0)
        let labels = themes.map { context.localized($0.label) }
        let cells = themes.indices.map { i in
            themes.indices.map { j -> SVGHeatmap.Cell in
                if i == j {
                    let units = i < co.themeUnits.count ? co.themeUnits[i] : 0
                    return .init(
                        intensity: nil, text: NumberFormat.display(units, language: lang),
                        tooltip: "\(labels[i]): \(NumberFormat.display(units, language: lang))")
                }
                let (a, b) = themes[i].id < themes[j].id ? (themes[i].id, themes[j].id) : (themes[j].id, themes[i].id)
                guard let pair = pairs[a + "\u{0}" + b] else {
                    return .init(intensity: 0, text: "0", tooltip: "\(labels[i]) × \(labels[j]): 0")
                }
                let tooltip =
                    "\(labels[i]) × \(labels[j]): \(NumberFormat.display(pair.both, language: lang)); "
                    + "\(context.ui(.jaccard)) \(NumberFormat.display(pair.jaccard, decimals: 2, language: lang)); "
                    + "\(context.ui(.lift)) \(NumberFormat.display(pair.lift, decimals: 2, language: lang))"
                return .init(
                    intensity: most > 0 ? Double(pair.both) / most : 0,
                    text: NumberFormat.display(pair.both, language: lang), tooltip: tooltip)
            }
        }
        let map = SVGHeatmap(
            id: "chart-cooccurrence", title: context.ui(.cooccurrenceTitle),
            rowAxis: context.ui(.themeAxis), columnAxis: context.ui(.themeAxis),
            rows: labels, columns: labels, cells: cells)
        var html = "<section id=\"cooccurrence\">\n<h2>\(HTMLEscape.escape(context.ui(.cooccurrence)))</h2>\n"
        html += "<figure>\(map.render())<figcaption>\(HTMLEscape.escape(context.ui(.cooccurrenceNote)))"
        html += "</figcaption></figure>\n"
        let table = HTMLTable(
            caption: context.ui(.pair),
            columns: [
                .init(title: context.ui(.theme)), .init(title: context.ui(.theme)),
                .init(title: context.ui(.count), numeric: true), .init(title: context.ui(.jaccard), numeric: true),
                .init(title: context.ui(.lift), numeric: true),
            ],
            rows: co.themePairs.map { pair in
                [
                    .text(context.themeLabel(id: pair.a)), .text(context.themeLabel(id: pair.b)), .int(pair.both, lang),
                    .decimal(pair.jaccard, 2, lang), .decimal(pair.lift, 2, lang),
                ]
            })
        if !co.themePairs.isEmpty { html += table.render() }
        return html + "</section>\n"
    }

    /// The most documents the heatmap and the document table show: a page with 10,000 rows of SVG and
    /// table would take a browser many seconds to open, and nobody reads it; `documents.csv` has them all.
    static let documentLimit = 200

    /// The document × theme heatmap and a table of documents: every document, or the ``documentLimit``
    /// with most references (in document order) with a note saying so.
    static func documents(_ context: ReportContext) -> String {
        let themes = context.result.themes
        let all = context.result.documents
        let shown = Set(
            all.indices.sorted { a, b in
                let (ra, rb) = (
                    all[a].themes.map(\.references).reduce(0, +), all[b].themes.map(\.references).reduce(0, +)
                )
                return ra != rb ? ra > rb : a < b
            }.prefix(documentLimit))
        let groups = all.indices.filter(shown.contains).map { all[$0] }
        let lang = context.language
        let labels = themes.map { context.localized($0.label) }
        let most = groups.flatMap { $0.themes.map(\.rate) }.max() ?? 0
        let cells = groups.map { group in
            themes.indices.map { j -> SVGHeatmap.Cell in
                let counts = j < group.themes.count ? group.themes[j] : nil
                let references = counts?.references ?? 0
                let rate = counts?.rate ?? 0
                return .init(
                    intensity: most > 0 ? rate / most : 0,
                    text: references == 0 ? "" : NumberFormat.display(references, language: lang),
                    tooltip: "\(context.groupName(group.name)) × \(labels[j]): "
                        + "\(NumberFormat.display(references, language: lang)) \(context.ui(.references).lowercased()), "
                        + "\(NumberFormat.display(rate, decimals: 1, language: lang)) \(context.ui(.ratePer1000).lowercased())"
                )
            }
        }
        let map = SVGHeatmap(
            id: "chart-documents-themes", title: context.ui(.documentThemeTitle),
            rowAxis: context.ui(.documentAxis), columnAxis: context.ui(.themeAxis),
            rows: groups.map { context.groupName($0.name) }, columns: labels, cells: cells)
        var html = "<section id=\"documents\">\n<h2>\(HTMLEscape.escape(context.ui(.documentThemes)))</h2>\n"
        if groups.count < all.count {
            let note = context.ui(.documentsShown).replacingOccurrences(of: "{shown}", with: "\(groups.count)")
                .replacingOccurrences(of: "{total}", with: NumberFormat.display(all.count, language: lang))
            html += "<p class=\"note\">\(HTMLEscape.escape(note))</p>\n"
        }
        html += "<figure>\(map.render())<figcaption>\(HTMLEscape.escape(context.ui(.documentThemeNote)))"
        html += "</figcaption></figure>\n"
        let formats = Dictionary(
            context.input.documents.map { ($0.id, $0.format.rawValue) },
            uniquingKeysWith: { first, _ in first })
        let table = HTMLTable(
            caption: context.ui(.documents),
            columns: [
                .init(title: context.ui(.document)), .init(title: context.ui(.format)),
                .init(title: context.ui(.unitSegments), numeric: true),
                .init(title: context.ui(.respondentWords), numeric: true),
                .init(title: context.ui(.references), numeric: true),
            ],
            rows: groups.map { group in
                let name = context.groupName(group.name)
                return [
                    .text(name), .text(formats[group.name ?? ""] ?? ""), .int(group.unitSegments, lang),
                    .int(group.unitWords, lang), .int(group.themes.map(\.references).reduce(0, +), lang),
                ]
            })
        return html + table.render() + "</section>\n"
    }

    /// One table per metadata column: each group's rate per 1,000 words for every theme.
    static func comparison(_ context: ReportContext) -> String {
        let lang = context.language
        var html = "<section id=\"comparison\">\n<h2>\(HTMLEscape.escape(context.ui(.comparison)))</h2>\n"
        guard !context.result.attributes.isEmpty else {
            return html + "<p>\(HTMLEscape.escape(context.ui(.noAttributes)))</p>\n</section>\n"
        }
        html += "<p class=\"note\">\(HTMLEscape.escape(context.ui(.comparisonNote)))</p>\n"
        let themes = context.result.themes
        for comparison in context.result.attributes {
            let table = HTMLTable(
                caption: "\(context.ui(.attribute)): \(comparison.attribute)",
                columns: [
                    .init(title: context.ui(.group)), .init(title: context.ui(.documents), numeric: true),
                    .init(title: context.ui(.respondentWords), numeric: true),
                ]
                    + themes.map { .init(title: context.localized($0.label), numeric: true) },
                rows: comparison.groups.map { group in
                    [.text(context.groupName(group.name)), .int(group.documents, lang), .int(group.unitWords, lang)]
                        + themes.indices.map { j in .decimal(j < group.themes.count ? group.themes[j].rate : 0, 1, lang)
                        }
                })
            html += table.render()
        }
        return html + "</section>\n"
    }
}
