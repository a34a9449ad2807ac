/// The small CSV files of a report: `counts.csv`, `cooccurrence.csv` and `documents.csv`.
///
/// Labels are in the report's language; numbers use `.` and 4 decimals whatever the language.
enum CSVFiles {
    /// One row per theme followed by one row per code of that theme, in codebook order.
    static func counts(_ context: ReportContext) -> String {
        var text = CSVWriter.row([
            "level", "id", "label", "theme", "references", "segments", "documents",
            "documents_pct", "respondents", "rate_per_1000",
        ])
        func row(_ level: String, _ id: String, _ label: [String: String], _ theme: String, _ c: Counts) -> String {
            CSVWriter.row([
                level, id, context.localized(label), theme, String(c.references), String(c.segments),
                String(c.documents), CSVWriter.number(c.documentPercent), String(c.respondents),
                CSVWriter.number(c.rate),
            ])
        }
        for theme in context.result.themes {
            text += row("theme", theme.id, theme.label, theme.id, theme.counts)
            for code in context.result.codes where code.theme == theme.id {
                text += row("code", code.id, code.label, code.theme, code.counts)
            }
        }
        return text
    }

    /// Theme pairs, then code pairs; each unordered pair once with `a` before `b` (byte order).
    static func cooccurrence(_ context: ReportContext) -> String {
        var text = CSVWriter.row(["level", "a", "b", "count", "jaccard", "lift"])
        let co = context.result.cooccurrence
        for (level, pairs) in [("theme", co.themePairs), ("code", co.codePairs)] {
            let ordered = pairs.map { pair -> CooccurrencePair in
                var pair = pair
                if pair.b.utf8.lexicographicallyPrecedes(pair.a.utf8) { swap(&pair.a, &pair.b) }
                return pair
            }.sorted {
                $0.a != $1.a
                    ? $0.a.utf8.lexicographicallyPrecedes($1.a.utf8)
                    : $0.b.utf8.lexicographicallyPrecedes($1.b.utf8)
            }
            for pair in ordered {
                text += CSVWriter.row([
                    level, pair.a, pair.b, String(pair.both), CSVWriter.number(pair.jaccard),
                    CSVWriter.number(pair.lift),
                ])
            }
        }
        return text
    }

    /// One row per document: format, segments (all turns), words in the units of analysis, then each
    /// theme's references.
    static func documents(_ context: ReportContext) -> String {
        let themes = context.result.themes
        var text = CSVWriter.row(["document", "format", "segments", "respondent_words"] + themes.map(\.id))
        let byID = Dictionary(
            context.input.documents.map { ($0.id, $0) },
            uniquingKeysWith: { first, _ in first })
        for group in context.result.documents {
            let id = group.name ?? ""
            let document = byID[id]
            let references = themes.indices.map { j in j < group.themes.count ? String(group.themes[j].references) : "0"
            }
            text += CSVWriter.row(
                [
                    id, document?.format.rawValue ?? "", String(document?.segments ?? 0),
                    String(group.unitWords),
                ] + references)
        }
        return text
    }
}
