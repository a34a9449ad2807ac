/// The plain text a document is exported as in a REFI-QDA project, and the map between its code-point
/// offsets and Tematik's (segment, UTF-8 byte) positions.
///
/// Layout: one block per segment, in order, each `Speaker: text` (just `text` when the segment has no
/// speaker), blocks separated by an empty line (`\n\n`), the whole ending in `\n`. Line ends are `\n`:
/// `\r\n` and a lone `\r` inside a segment's text become `\n`. Offsets count Unicode code points (scalars)
/// from the start of the text, as the REFI-QDA standard says; an emoji outside the Basic Multilingual
/// Plane is one, not two.
public struct QDPXText: Hashable, Sendable {
    /// The exported text.
    public let text: String
    /// Where each segment's text (after its `Speaker: ` label) starts, in code points, indexed like the
    /// document's segments.
    public let segmentStarts: [Int]
    /// Each segment's text length in code points after line-end normalisation.
    public let segmentLengths: [Int]
    private let segmentTexts: [String]

    /// The exported text of `document`.
    public init(_ document: Document) {
        var text = ""
        var starts: [Int] = []
        var lengths: [Int] = []
        var offset = 0
        for (position, segment) in document.segments.enumerated() {
            if position > 0 {
                text += "\n\n"
                offset += 2
            }
            if let speaker = segment.speaker {
                let label = Self.normalized(speaker) + ": "
                text += label
                offset += label.unicodeScalars.count
            }
            let body = Self.normalized(segment.text)
            let length = body.unicodeScalars.count
            starts.append(offset)
            lengths.append(length)
            text += body
            offset += length
        }
        self.text = text + "\n"
        segmentStarts = starts
        segmentLengths = lengths
        segmentTexts = document.segments.map(\.text)
    }

    /// `text` with `\r\n` and `\r` turned into `\n`.
    static func normalized(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// The code-point range in ``text`` of a byte range in the text of the segment at `position`, or `nil`
    /// when either is out of bounds.
    public func codePoints(segment position: Int, bytes: Range<Int>) -> Range<Int>? {
        guard segmentTexts.indices.contains(position), bytes.lowerBound >= 0,
            bytes.upperBound <= segmentTexts[position].utf8.count
        else { return nil }
        let utf8 = Array(segmentTexts[position].utf8)
        let start = Self.scalarCount(utf8, upTo: bytes.lowerBound)
        let end = Self.scalarCount(utf8, upTo: bytes.upperBound)
        return (segmentStarts[position] + start)..<(segmentStarts[position] + end)
    }

    /// Code points in the normalised form of `utf8[..<end]`: bytes that start a scalar, less each `\r`
    /// followed by `\n` (the pair becomes one `\n`).
    private static func scalarCount(_ utf8: [UInt8], upTo end: Int) -> Int {
        var count = 0
        for index in 0..<end where utf8[index] & 0xC0 != 0x80 {
            let dropped =
                utf8[index] == UInt8(ascii: "\r") && index + 1 < utf8.count
                && utf8[index + 1] == UInt8(ascii: "\n")
            if !dropped { count += 1 }
        }
        return count
    }

    /// The segment position and UTF-8 byte range in its text of a code-point range in ``text``, or `nil`
    /// when the range is not inside one segment's text (it covers a label or spans two segments).
    public func location(of codePoints: Range<Int>) -> (segment: Int, bytes: Range<Int>)? {
        for position in segmentStarts.indices {
            let start = segmentStarts[position]
            guard codePoints.lowerBound >= start, codePoints.upperBound <= start + segmentLengths[position] else {
                continue
            }
            let utf8 = Array(segmentTexts[position].utf8)
            guard let lower = Self.byteOffset(utf8, scalars: codePoints.lowerBound - start),
                let upper = Self.byteOffset(utf8, scalars: codePoints.upperBound - start)
            else { return nil }
            return (position, lower..<upper)
        }
        return nil
    }

    /// The byte offset in `utf8` after `scalars` code points of its normalised form.
    private static func byteOffset(_ utf8: [UInt8], scalars: Int) -> Int? {
        var count = 0
        var index = 0
        while count < scalars {
            guard index < utf8.count else { return nil }
            let pair =
                utf8[index] == UInt8(ascii: "\r") && index + 1 < utf8.count
                && utf8[index + 1] == UInt8(ascii: "\n")
            index += pair ? 2 : 1
            while index < utf8.count, utf8[index] & 0xC0 == 0x80 { index += 1 }
            count += 1
        }
        return index
    }
}
