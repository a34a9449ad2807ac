/// UTF-8 text built piece by piece, each run of white space (a code point with the Unicode property
/// White_Space) written as one space and none at either end: what splitting at white space and joining
/// with a space gives, in one pass over bytes.
struct SpacedText {
    /// The text so far, without the space a run of white space at its end will become.
    private(set) var bytes: [UInt8] = []
    private var spacePending = false

    /// Notes white space: one space is written before the next code point that is not white space.
    mutating func appendSpace() {
        spacePending = !bytes.isEmpty
    }

    /// Appends `scalar`, or notes it as white space.
    mutating func append(_ scalar: Unicode.Scalar) {
        guard !scalar.isWhiteSpace else { return appendSpace() }
        writePendingSpace()
        bytes.append(contentsOf: String(scalar).utf8)
    }

    /// Appends the valid UTF-8 `text`, copying at once each run of code points that are not white space
    /// or are single spaces between two that are not.
    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        var start = 0
        var index = 0
        while index < text.count {
            let length = Self.whiteSpaceLength(text, at: index)
            if length == 0 {
                let lead = text[index]
                index += lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            } else if text[index] == 0x20, index > start, index + 1 < text.count,
                Self.whiteSpaceLength(text, at: index + 1) == 0
            {
                index += 1
            } else {
                appendRun(UnsafeBufferPointer(rebasing: text[start..<index]))
                appendSpace()
                index += length
                start = index
            }
        }
        appendRun(UnsafeBufferPointer(rebasing: text[start..<index]))
    }

    /// The length in bytes of the code point at `text[index]` when it is white space, else 0.
    private static func whiteSpaceLength(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = text[index]
        if lead < 0x80 { return lead.isASCIIWhiteSpace ? 1 : 0 }
        // White space beyond ASCII is U+0085, U+00A0 (lead byte 0xC2), U+1680 (0xE1), U+2000 to U+205F
        // (0xE2) and U+3000 (0xE3).
        guard lead == 0xC2 || (0xE1...0xE3).contains(lead) else { return 0 }
        let length = lead == 0xC2 ? 2 : 3
        var value = UInt32(lead) & (lead == 0xC2 ? 0x1F : 0x0F)
        for offset in 1..<length { value = value << 6 | UInt32(text[index + offset] & 0x3F) }
        return Unicode.Scalar(value)?.isWhiteSpace == true ? length : 0
    }

    /// Appends `run`, which neither starts nor ends with white space, after the space pending if it is
    /// not empty.
    private mutating func appendRun(_ run: UnsafeBufferPointer<UInt8>) {
        guard !run.isEmpty else { return }
        writePendingSpace()
        bytes.append(contentsOf: run)
    }

    private mutating func writePendingSpace() {
        if spacePending {
            bytes.append(0x20)
            spacePending = false
        }
    }
}
