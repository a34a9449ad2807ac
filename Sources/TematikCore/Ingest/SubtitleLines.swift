/// The UTF-8 bytes of a decoded subtitle file and where its lines are, so that cues are found and read
/// in bytes rather than through a `Substring` per line.
///
/// Every test on a line agrees with the same test on the line's `Character`s: the bytes decide where
/// they can (an ASCII byte that is not white space is never part of a white space character) and a line
/// with a byte beyond ASCII in the place that matters is asked as text.
struct SubtitleLines {
    /// The text's UTF-8.
    let bytes: [UInt8]
    /// The byte range of each line, without its LF (the decoder has turned every CR into one).
    let ranges: [Range<Int>]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var ranges: [Range<Int>] = []
        var start = 0
        bytes.withUnsafeBytes { buffer in
            while let newline = buffer.firstOffset(of: UInt8(ascii: "\n"), in: start..<buffer.count) {
                ranges.append(start..<newline)
                start = newline + 1
            }
        }
        ranges.append(start..<bytes.count)
        self.ranges = ranges
    }

    var count: Int { ranges.count }

    /// The bytes of line `index` (0-based).
    subscript(index: Int) -> ArraySlice<UInt8> { bytes[ranges[index]] }

    /// Line `index` as text.
    func text(_ index: Int) -> Substring { Substring(String(decoding: self[index], as: UTF8.self)) }

    /// Whether line `index` is empty or only white space.
    func isBlank(_ index: Int) -> Bool {
        for byte in self[index] {
            if byte >= 0x80 { return text(index).trimmingWhitespace().isEmpty }
            if !Unicode.Scalar(byte).isWhiteSpace { return false }
        }
        return true
    }

    /// Whether line `index` starts with `keyword` followed by white space or its end, as a WebVTT `NOTE`,
    /// `STYLE` or `REGION` block does.
    func startsBlock(_ index: Int, keyword: String) -> Bool {
        let line = self[index]
        guard line.starts(with: keyword.utf8) else { return false }
        guard let next = line.dropFirst(keyword.utf8.count).first else { return true }
        guard next < 0x80 else {
            let text = text(index)
            return text.hasPrefix(keyword) && (text.dropFirst(keyword.count).first.map(\.isWhitespace) ?? true)
        }
        return Unicode.Scalar(next).isWhiteSpace
    }

    /// The byte offset (in ``bytes``) of the first `-->` in line `index`, if any.
    func arrow(in index: Int) -> Int? {
        let line = self[index]
        var start = line.startIndex
        while let dash = line[start...].firstIndex(of: UInt8(ascii: "-")) {
            if line[dash...].starts(with: "-->".utf8) { return dash }
            start = dash + 1
        }
        return nil
    }

    /// The bytes of `range` (offsets in ``bytes``) without white space at either end: ASCII white space
    /// trimmed from the bytes, and the text asked where a byte beyond ASCII is left at either end.
    func trimmed(_ range: Range<Int>) -> ArraySlice<UInt8> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, bytes[start].isASCIIWhiteSpace { start += 1 }
        while start < end, bytes[end - 1].isASCIIWhiteSpace { end -= 1 }
        if start == end || (bytes[start] < 0x80 && bytes[end - 1] < 0x80) { return bytes[start..<end] }
        return ArraySlice(Substring(String(decoding: bytes[range], as: UTF8.self)).trimmingWhitespace().utf8)
    }

    /// `text` up to its first white space: found in the bytes while they are ASCII, by `Character`s after.
    static func firstWord(of text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        for index in text.indices {
            if text[index] >= 0x80 {
                return ArraySlice(String(decoding: text, as: UTF8.self).prefix { !$0.isWhitespace }.utf8)
            }
            if Unicode.Scalar(text[index]).isWhiteSpace { return text[..<index] }
        }
        return text
    }
}
