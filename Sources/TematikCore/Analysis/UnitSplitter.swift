/// Cuts a segment's text into sentences or paragraphs, as byte offsets where each piece starts.
enum UnitSplitter {
    /// The UTF-8 offsets where the pieces of `text` start (always beginning with 0); piece `i` runs to the
    /// start of piece `i + 1`.
    ///
    /// Sentences end after `.`, `!`, `?` or `…` when whitespace follows (so `3.5` and `t.ex.` inside a
    /// word stay whole, while `slut. Nästa` splits), and at every line break, so a sentence never spans two
    /// paragraphs. Paragraphs end at line breaks.
    static func starts(of text: String, sentences: Bool) -> [Int] {
        let bytes = Array(text.utf8)
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                starts.append(index + 1)
            } else if sentences {
                let terminatorEnd = terminatorLength(bytes, at: index).map { index + $0 }
                if let end = terminatorEnd, end < bytes.count, isWhitespace(bytes, at: end) {
                    starts.append(end)
                    index = end
                    continue
                }
            }
            index += 1
        }
        return starts
    }

    /// The byte length of a sentence terminator at `index`, or `nil` when there is none.
    private static func terminatorLength(_ bytes: [UInt8], at index: Int) -> Int? {
        switch bytes[index] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return 1
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6:
            return 3  // U+2026 HORIZONTAL ELLIPSIS
        default: return nil
        }
    }

    /// Whether whitespace starts at `index`: ASCII space, tab, line break, or a no-break space (U+00A0).
    private static func isWhitespace(_ bytes: [UInt8], at index: Int) -> Bool {
        switch bytes[index] {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): return true
        case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0xA0
        default: return false
        }
    }

    /// The piece that holds byte `offset`: the last start not after it.
    static func piece(holding offset: Int, starts: [Int]) -> Int {
        var low = 0
        var high = starts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle } else { high = middle }
        }
        return low
    }
}
