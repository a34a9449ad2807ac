/// One match shown in its context: keyword in context.
public struct KWICLine: Hashable, Sendable, Codable {
    public var document: String
    public var speaker: String?
    /// The segment's index in its document.
    public var segment: Int
    /// The code's index in ``Codebook/codes``.
    public var code: Int
    /// The pattern's index in that code's patterns.
    public var pattern: Int
    /// Text before the match: at most the requested width in characters, cut at whitespace so no word is
    /// split, with line breaks and tabs shown as spaces.
    public var left: String
    /// The matched text, line breaks shown as spaces.
    public var match: String
    /// Text after the match, cut like `left`.
    public var right: String

    public init(
        document: String, speaker: String?, segment: Int, code: Int, pattern: Int, left: String,
        match: String, right: String
    ) {
        self.document = document
        self.speaker = speaker
        self.segment = segment
        self.code = code
        self.pattern = pattern
        self.left = left
        self.match = match
        self.right = right
    }
}
