/// One theme's section of `report.html`: definition, figures, codes, exemplar quotes, matched words and
/// the themes it occurs with.
enum HTMLThemeSection {
    /// Matched words shown per theme; the full lists are in `results.json`.
    static let wordLimit = 15
    /// Partner themes shown per theme.
    static let partnerLimit = 5

    /// The section of the theme at `theme` in ``AnalysisResult/themes``.
    static func render(_ context: ReportContext, theme index: Int) -> String {
        let theme = context.result.themes[index]
        let lang = context.language
        let color = context.themeColors[index]
        var html = "<section class=\"theme\" id=\"theme-\(index + 1)\" style=\"--theme:\(color)\">\n"
        html += "<h3><span class=\"swatch\" style=\"background:\(color)\"></span>"
        html += "\(HTMLEscape.escape(context.localized(theme.label)))</h3>\n"
        let description = context.localized(theme.description)
        html += "<p><strong>\(HTMLEscape.escape(context.ui(.definition))):</strong> "
        html += HTMLEscape.escape(description.isEmpty ? context.ui(.noDefinition) : description) + "</p>\n"
        let c = theme.counts
        let figures: [(String, UIText)] = [
            (NumberFormat.display(c.references, language: lang), .references),
            (NumberFormat.display(c.segments, language: lang), .codedSegments),
            (NumberFormat.percent(c.documentPercent / 100, decimals: 0, language: lang), .documentsPercent),
            (NumberFormat.display(c.respondents, language: lang), .respondents),
            (NumberFormat.display(c.rate, decimals: 2, language: lang), .ratePer1000),
        ]
        html += "<ul class=\"figures\">"
        for (value, label) in figures {
            html += "<li><b>\(value)</b><span>\(HTMLEscape.escape(context.ui(label)))</span></li>"
        }
        html += "</ul>\n"
        let codes = context.result.codes.filter { $0.theme == theme.id }
        html += codeTable(context, codes).render()
        html += exemplars(context, codes)
        html += words(context, theme.topWords)
        html += partners(context, theme.id)
        return html + "</section>\n"
    }

    private static func codeTable(_ context: ReportContext, _ codes: [CodeStats]) -> HTMLTable {
        let lang = context.language
        return HTMLTable(
            caption: context.ui(.codes),
            columns: [
                .init(title: context.ui(.code)), .init(title: context.ui(.id)),
                .init(title: context.ui(.references), numeric: true),
                .init(title: context.ui(.codedSegments), numeric: true),
                .init(title: context.ui(.documentsPercent), numeric: true),
                .init(title: context.ui(.ratePer1000), numeric: true),
            ],
            rows: codes.map { code in
                [
                    .text(context.localized(code.label)),
                    HTMLTable.Cell(html: "<code>\(HTMLEscape.escape(code.id))</code>"),
                    .int(code.counts.references, lang), .int(code.counts.segments, lang),
                    .percent(code.counts.documentPercent, lang), .decimal(code.counts.rate, 2, lang),
                ]
            })
    }

    /// Quotes taken in turn from each code (first quote of every code, then second, …), one per segment,
    /// so that every code of the theme gets a voice before any gets two.
    static func pickExemplars(_ codes: [CodeStats], limit: Int) -> [(code: CodeStats, exemplar: Exemplar)] {
        var picked: [(code: CodeStats, exemplar: Exemplar)] = []
        var seen = Set<String>()
        let depth = codes.map(\.exemplars.count).max() ?? 0
        for round in 0..<depth {
            for code in codes where round < code.exemplars.count && picked.count < limit {
                let exemplar = code.exemplars[round]
                if seen.insert("\(exemplar.document)\u{0}\(exemplar.segment)").inserted {
                    picked.append((code, exemplar))
                }
            }
        }
        return picked
    }

    private static func exemplars(_ context: ReportContext, _ codes: [CodeStats]) -> String {
        let limit = min(6, max(context.result.options.exemplars, codes.count))
        let picked = pickExemplars(codes, limit: limit)
        var html = "<h4>\(HTMLEscape.escape(context.ui(.exemplars)))</h4>\n"
        guard !picked.isEmpty else { return html + "<p>\(HTMLEscape.escape(context.ui(.noExemplars)))</p>\n" }
        for (code, exemplar) in picked {
            let quote = exemplar.fragments.map { fragment in
                fragment.marked ? "<mark>\(HTMLEscape.escape(fragment.text))</mark>" : HTMLEscape.escape(fragment.text)
            }.joined()
            html += "<blockquote><p>\(quote)</p><footer>\(HTMLEscape.escape(context.source(of: exemplar)))"
            html += " — \(HTMLEscape.escape(context.localized(code.label)))</footer></blockquote>\n"
        }
        return html
    }

    private static func words(_ context: ReportContext, _ words: [WordCount]) -> String {
        var html = "<h4>\(HTMLEscape.escape(context.ui(.topWords)))</h4>\n"
        guard !words.isEmpty else { return html + "<p>\(HTMLEscape.escape(context.ui(.noTopWords)))</p>\n" }
        html += "<ul class=\"words\">"
        for word in words.prefix(wordLimit) {
            html += "<li>\(HTMLEscape.escape(word.word))"
            html += "<span>\(NumberFormat.display(word.count, language: context.language))</span></li>"
        }
        return html + "</ul>\n"
    }

    private static func partners(_ context: ReportContext, _ id: String) -> String {
        let partners = context.partners(ofTheme: id).prefix(partnerLimit)
        var html = "<h4>\(HTMLEscape.escape(context.ui(.cooccursWith)))</h4>\n"
        guard !partners.isEmpty else { return html + "<p>\(HTMLEscape.escape(context.ui(.noCooccurrence)))</p>\n" }
        html += "<ul>"
        for (other, pair) in partners {
            html += "<li>\(HTMLEscape.escape(context.themeLabel(id: other))): "
            html += "\(NumberFormat.display(pair.both, language: context.language)) "
            html += "(\(HTMLEscape.escape(context.ui(.lift).lowercased())) "
            html += "\(NumberFormat.display(pair.lift, decimals: 2, language: context.language)))</li>"
        }
        return html + "</ul>\n"
    }
}
