/// Shared lookups for the renderers: labels in the report's language, theme colours, dates and times.
struct ReportContext {
    let input: ReportInput
    let language: ReportLanguage
    /// Theme colours, indexed like ``AnalysisResult/themes``.
    let themeColors: [String]

    init(_ input: ReportInput) {
        self.input = input
        language = input.language
        themeColors = input.result.themes.enumerated().map { Palette.color($0.element.color, index: $0.offset) }
    }

    var result: AnalysisResult { input.result }

    /// An interface string in the report's language.
    func ui(_ text: UIText) -> String { text.text(language) }

    /// A label or description from the codebook in the report's language.
    func localized(_ values: [String: String]) -> String { LocalizedText(values).text(in: language.rawValue) }

    /// A theme's label, found by id; the id itself when the theme is unknown.
    func themeLabel(id: String) -> String {
        result.themes.first { $0.id == id }.map { localized($0.label) } ?? id
    }

    /// A code's or theme's label, found by id among codes first.
    func codeLabel(id: String) -> String {
        result.codes.first { $0.id == id }.map { localized($0.label) } ?? themeLabel(id: id)
    }

    /// A speaker as shown with a quote.
    func speaker(_ name: String?) -> String { name ?? ui(.unnamedSpeaker) }

    /// A group's name as shown, `(missing)` for documents without a value.
    func groupName(_ name: String?) -> String { name ?? ui(.missingValue) }

    /// The report's date as `YYYY-MM-DD` (UTC), from ``ReportInput/sourceDateEpoch``.
    var date: String? { input.sourceDateEpoch.map(Self.isoDate) }

    /// `seconds` since 1970 as a UTC calendar date, computed without Foundation so no time zone or
    /// calendar setting can change it (Howard Hinnant's days-to-civil algorithm).
    static func isoDate(_ seconds: Int) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    /// A time in seconds as `h:mm:ss` (`0:12:03`).
    static func clock(_ seconds: Double) -> String {
        let total = seconds.isFinite ? max(0, Int(seconds.rounded(.down))) : 0
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(total / 3600):\(two(total / 60 % 60)):\(two(total % 60))"
    }

    /// Where a quote comes from: `document · speaker · 0:12:03`.
    func source(of exemplar: Exemplar) -> String {
        var parts = [exemplar.document, speaker(exemplar.speaker)]
        if let start = exemplar.start { parts.append(Self.clock(start)) }
        return parts.joined(separator: " · ")
    }

    /// The other themes a theme shares units with, by lift (highest first), then count, then id.
    func partners(ofTheme id: String) -> [(id: String, pair: CooccurrencePair)] {
        result.cooccurrence.themePairs.compactMap { pair -> (id: String, pair: CooccurrencePair)? in
            if pair.a == id { return (pair.b, pair) }
            if pair.b == id { return (pair.a, pair) }
            return nil
        }.sorted {
            if $0.pair.lift != $1.pair.lift { return $0.pair.lift > $1.pair.lift }
            if $0.pair.both != $1.pair.both { return $0.pair.both > $1.pair.both }
            return $0.id < $1.id
        }
    }
}
