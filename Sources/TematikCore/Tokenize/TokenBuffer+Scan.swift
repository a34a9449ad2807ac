/// The byte scanner behind ``TokenBuffer/tokenize(_:)``.
extension TokenBuffer {
    /// Appends the tokens of `text` (valid UTF-8) to the buffer, following the rules in ``Tokenizer``.
    ///
    /// ASCII and Latin-1 letters are classified by table and folded on the fly; a token with any other
    /// character, or with a combining mark, is folded again as a whole by ``CaseFolding/fold(_:)``.
    mutating func scan(_ text: UnsafeBufferPointer<UInt8>) {
        ByteClass.latin1.withUnsafeBufferPointer { classes in
            ByteClass.latin1Lower.withUnsafeBufferPointer { lower in
                scan(text, classes: classes, lower: lower)
            }
        }
    }

    private mutating func scan(
        _ text: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<ScalarClass>,
        lower: UnsafeBufferPointer<UInt8>
    ) {
        let count = text.count
        var i = 0
        while i < count {
            let (first, firstLength) = Self.classify(text, at: i, classes: classes)
            guard first == .word || first == .ideograph else {
                i += firstLength
                continue
            }
            let start = i
            var needsSlowFold = first == .ideograph
            if first == .word {
                needsSlowFold = !fold(text, at: i, length: firstLength, lower: lower)
            }
            i += firstLength
            scanning: while i < count {
                let (kind, length) = Self.classify(text, at: i, classes: classes)
                switch kind {
                case .word where first == .word:
                    if !needsSlowFold { needsSlowFold = !fold(text, at: i, length: length, lower: lower) }
                    i += length
                case .mark:
                    needsSlowFold = true
                    i += length
                case .joiner where first == .word:
                    let next = i + length
                    guard next < count, Self.classify(text, at: next, classes: classes).0 == .word else {
                        break scanning
                    }
                    arena.append(length == 1 ? text[i] : UInt8(ascii: "'"))
                    i = next
                default:
                    break scanning
                }
            }
            if needsSlowFold {
                arena.removeSubrange(foldStarts[foldStarts.count - 1]...)
                let token = String(decoding: UnsafeBufferPointer(rebasing: text[start..<i]), as: UTF8.self)
                arena.append(contentsOf: CaseFolding.fold(token[...]))
            }
            starts.append(start)
            ends.append(i)
            foldStarts.append(arena.count)
        }
    }

    /// Appends the folded form of the word character at `i` if it is ASCII or Latin-1.
    /// - Returns: `false` when the character needs the slow folding (nothing is appended then).
    @inline(__always)
    private mutating func fold(
        _ text: UnsafeBufferPointer<UInt8>, at i: Int, length: Int, lower: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let lead = text[i]
        if length == 1 {
            arena.append(lower[Int(lead)])
            return true
        }
        guard length == 2, lead <= 0xC3 else { return false }
        let folded = lower[Int(lead & 0x1F) << 6 | Int(text[i + 1] & 0x3F)]
        arena.append(0xC0 | folded >> 6)
        arena.append(0x80 | folded & 0x3F)
        return true
    }

    /// The class and UTF-8 length of the scalar starting at byte `i`.
    @inline(__always)
    static func classify(
        _ text: UnsafeBufferPointer<UInt8>, at i: Int, classes: UnsafeBufferPointer<ScalarClass>
    ) -> (ScalarClass, Int) {
        let lead = text[i]
        if lead < 0x80 { return (classes[Int(lead)], 1) }
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard i + length <= text.count else { return (.other, 1) }
        var value = UInt32(lead) & (0x7F >> length)
        for k in 1..<length { value = value << 6 | UInt32(text[i + k] & 0x3F) }
        if value < 0x100 { return (classes[Int(value)], length) }
        guard let scalar = Unicode.Scalar(value) else { return (.other, length) }
        return (ScalarClass(scalar), length)
    }
}
