/// Choices that shape an analysis; the defaults are what `tematik run` uses.
public struct AnalysisOptions: Hashable, Sendable, Codable {
    /// The unit for co-occurrence.
    public var unit: CoUnit
    /// How many exemplar quotes to pick per code.
    public var exemplars: Int
    /// About how many characters an exemplar quote may have before it is trimmed around its match.
    public var quoteLength: Int
    /// How many matched words to list per code and per theme.
    public var topWords: Int
    /// How many uncovered words the codebook audit lists.
    public var auditWords: Int
    /// Whether the audit's uncovered words leave out Swedish function words (``SwedishStopWords``).
    public var filterStopWords: Bool

    public init(
        unit: CoUnit = .segment, exemplars: Int = 3, quoteLength: Int = 240, topWords: Int = 20,
        auditWords: Int = 50, filterStopWords: Bool = true
    ) {
        self.unit = unit
        self.exemplars = exemplars
        self.quoteLength = quoteLength
        self.topWords = topWords
        self.auditWords = auditWords
        self.filterStopWords = filterStopWords
    }

    enum CodingKeys: String, CodingKey {
        case unit, exemplars
        case quoteLength = "quote_length"
        case topWords = "top_words"
        case auditWords = "audit_words"
        case filterStopWords = "filter_stop_words"
    }
}
