/// A text with its personal data replaced, and the way back from the original's UTF-8 offsets to the
/// masked text's, so that byte ranges (codings, quote marks) can follow the text.
public struct MaskedText: Hashable, Sendable {
    /// One replacement: the original's UTF-8 range and the replacement's range in ``text``.
    struct Change: Hashable, Sendable {
        var original: Range<Int>
        var masked: Range<Int>
    }

    /// The masked text.
    public var text: String
    /// The replacements in text order.
    var changes: [Change]

    /// Applies `spans` (in `Character` offsets of `characters`, sorted and not overlapping).
    init(_ characters: [Character], spans: [MaskSpan]) {
        var text = ""
        var changes: [Change] = []
        var originalBytes = 0
        var cursor = 0
        for span in spans {
            for c in characters[cursor..<span.range.lowerBound] {
                text.append(c)
                originalBytes += c.utf8.count
            }
            let spanBytes = characters[span.range].reduce(0) { $0 + $1.utf8.count }
            let maskedStart = text.utf8.count
            text += span.replacement
            changes.append(
                Change(
                    original: originalBytes..<(originalBytes + spanBytes),
                    masked: maskedStart..<text.utf8.count))
            originalBytes += spanBytes
            cursor = span.range.upperBound
        }
        for c in characters[cursor...] { text.append(c) }
        self.text = text
        self.changes = changes
    }

    /// Where the UTF-8 offset `offset` of the original text lies in the masked text. An offset inside a
    /// replaced stretch moves to the start of its replacement when it starts a range (`isEnd` false) and to
    /// the end when it ends one, so a range that touches personal data covers all of its replacement.
    public func offset(_ offset: Int, isEnd: Bool) -> Int {
        var shift = 0
        for change in changes {
            if offset <= change.original.lowerBound { break }
            if offset < change.original.upperBound {
                return isEnd ? change.masked.upperBound : change.masked.lowerBound
            }
            shift = change.masked.upperBound - change.original.upperBound
        }
        return offset + shift
    }

    /// The UTF-8 range `range` of the original text, in the masked text.
    public func range(_ range: Range<Int>) -> Range<Int> {
        let lower = offset(range.lowerBound, isEnd: false)
        return lower..<max(lower, offset(range.upperBound, isEnd: true))
    }
}
