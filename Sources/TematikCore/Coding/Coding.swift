/// One match of a code in a segment: the unit every count in a report is built from.
public struct Coding: Hashable, Sendable {
    /// The segment's index in its document.
    public var segment: Int
    /// The code's index in ``Codebook/codes``.
    public var code: Int
    /// The index of the matching pattern in that code's ``Code/patterns``.
    public var pattern: Int
    /// The matched tokens, as indices into the segment's tokens.
    public var tokens: Range<Int>
    /// The matched text, as UTF-8 byte offsets into the segment's text.
    public var bytes: Range<Int>

    public init(segment: Int, code: Int, pattern: Int, tokens: Range<Int>, bytes: Range<Int>) {
        self.segment = segment
        self.code = code
        self.pattern = pattern
        self.tokens = tokens
        self.bytes = bytes
    }
}

/// A document with its codings: what the coding stage hands to the analysis.
public struct CodedDocument: Hashable, Sendable {
    public var document: Document
    /// Number of tokens (words) in each segment, indexed like `document.segments`.
    public var wordCounts: [Int]
    /// Whether each segment is a unit of analysis (respondent turns, or every turn with
    /// `--include-interviewer`), indexed like `document.segments`. Only such segments are coded.
    public var isUnit: [Bool]
    /// The codings, sorted by segment, then first token, then code.
    public var codings: [Coding]

    public init(document: Document, wordCounts: [Int], isUnit: [Bool], codings: [Coding]) {
        self.document = document
        self.wordCounts = wordCounts
        self.isUnit = isUnit
        self.codings = codings
    }
}
