/// UTF-8 text built code point by code point, each run of white space (a code point with the Unicode
/// property White_Space) written as one space and none at either end: what splitting at white space and
/// joining with a space gives, in one pass over bytes.
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

    /// Appends the code point whose UTF-8 starts at `text[index]`, or notes it as white space; returns the
    /// index after it. `text` must be valid UTF-8 and `index` the start of a code point.
    mutating func appendScalar(of text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = text[index]
        if lead < 0x80 {
            if Unicode.Scalar(lead).isWhiteSpace {
                appendSpace()
            } else {
                writePendingSpace()
                bytes.append(lead)
            }
            return index + 1
        }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F)
        for offset in 1..<length { value = value << 6 | UInt32(text[index + offset] & 0x3F) }
        if Unicode.Scalar(value)?.isWhiteSpace == true {
            appendSpace()
        } else {
            writePendingSpace()
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[index..<(index + length)]))
        }
        return index + length
    }

    private mutating func writePendingSpace() {
        if spacePending {
            bytes.append(0x20)
            spacePending = false
        }
    }
}
