/// What the codebook's patterns actually caught, so a researcher sees that `lag*` also caught `lagom`.
public struct CodebookAudit: Hashable, Sendable, Codable {
    /// One entry per pattern of every code, in codebook order.
    public var patterns: [PatternAudit]
    /// The patterns that matched nothing, in codebook order.
    public var unmatched: [PatternAudit]
    /// The most frequent folded words of coded segments that no coding covers: at least three characters,
    /// at least one letter, Swedish function words left out unless ``AnalysisOptions/filterStopWords`` is
    /// off; sorted by count (descending), then word (byte order).
    public var uncoveredWords: [WordCount]

    public init(patterns: [PatternAudit], unmatched: [PatternAudit], uncoveredWords: [WordCount]) {
        self.patterns = patterns
        self.unmatched = unmatched
        self.uncoveredWords = uncoveredWords
    }

    enum CodingKeys: String, CodingKey {
        case patterns, unmatched
        case uncoveredWords = "uncovered_words"
    }
}

/// One pattern of one code and the distinct words it matched.
public struct PatternAudit: Hashable, Sendable, Codable {
    /// The code's id.
    public var code: String
    /// The pattern's index in the code's patterns.
    public var pattern: Int
    /// The pattern as written.
    public var source: String
    public var references: Int
    /// Every distinct folded matched text with its count, sorted by count (descending), then word.
    public var words: [WordCount]

    public init(code: String, pattern: Int, source: String, references: Int, words: [WordCount]) {
        self.code = code
        self.pattern = pattern
        self.source = source
        self.references = references
        self.words = words
    }
}
