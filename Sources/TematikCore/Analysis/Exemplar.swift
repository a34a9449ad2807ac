/// A quote that shows a code at work: a unit segment, trimmed around its match.
///
/// Segments are ranked by density of the code (references per word of the segment), then by references,
/// then document id, then segment index; at most one is taken per document while other documents have
/// candidates left.
public struct Exemplar: Hashable, Sendable, Codable {
    public var document: String
    public var speaker: String?
    /// The segment's index in its document.
    public var segment: Int
    /// The segment's line (or paragraph, or cue) in its file.
    public var line: Int
    /// The segment's start time in seconds, when known.
    public var start: Double?
    /// The code's references in the segment.
    public var references: Int
    /// Words in the segment.
    public var words: Int
    /// `references / words`.
    public var density: Double
    /// The quote: the segment's text, trimmed at word boundaries to about ``AnalysisOptions/quoteLength``
    /// characters around the first match, with `…` where text was cut and line breaks shown as spaces.
    public var quote: String
    /// The code's matches within `quote`, as UTF-8 byte offsets into it, in order.
    public var marks: [TextRange]

    public init(
        document: String, speaker: String?, segment: Int, line: Int, start: Double?, references: Int,
        words: Int, density: Double, quote: String, marks: [TextRange]
    ) {
        self.document = document
        self.speaker = speaker
        self.segment = segment
        self.line = line
        self.start = start
        self.references = references
        self.words = words
        self.density = density
        self.quote = quote
        self.marks = marks
    }

    /// The quote cut into plain and marked pieces, in order, for a renderer to wrap the marked ones in
    /// `<mark>` or `**`; no piece is empty.
    public var fragments: [QuoteFragment] {
        let bytes = Array(quote.utf8)
        var pieces: [QuoteFragment] = []
        var cursor = 0
        for mark in marks where mark.start >= cursor && mark.end <= bytes.count && mark.start < mark.end {
            if mark.start > cursor {
                pieces.append(
                    QuoteFragment(
                        text: String(decoding: bytes[cursor..<mark.start], as: UTF8.self),
                        marked: false))
            }
            pieces.append(
                QuoteFragment(
                    text: String(decoding: bytes[mark.start..<mark.end], as: UTF8.self),
                    marked: true))
            cursor = mark.end
        }
        if cursor < bytes.count {
            pieces.append(QuoteFragment(text: String(decoding: bytes[cursor...], as: UTF8.self), marked: false))
        }
        return pieces
    }
}

/// A half-open range of UTF-8 byte offsets into a string.
public struct TextRange: Hashable, Sendable, Codable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// A piece of a quote, marked when it is a match.
public struct QuoteFragment: Hashable, Sendable {
    public var text: String
    public var marked: Bool

    public init(text: String, marked: Bool) {
        self.text = text
        self.marked = marked
    }
}
