/// The tokenizer's inner loop over raw pointers; ``TokenBuffer`` owns the storage it writes to.
struct Scanner {
    /// Where tokens go: parallel arrays of byte ranges and folded-form starts, and the folded bytes.
    struct Output {
        var starts: UnsafeMutableBufferPointer<Int>
        var ends: UnsafeMutableBufferPointer<Int>
        var foldStarts: UnsafeMutableBufferPointer<Int>
        var arena: UnsafeMutableBufferPointer<UInt8>

        init(
            _ starts: UnsafeMutableBufferPointer<Int>, _ ends: UnsafeMutableBufferPointer<Int>,
            _ foldStarts: UnsafeMutableBufferPointer<Int>, _ arena: UnsafeMutableBufferPointer<UInt8>
        ) {
            (self.starts, self.ends, self.foldStarts, self.arena) = (starts, ends, foldStarts, arena)
        }
    }

    let text: UnsafeBufferPointer<UInt8>
    /// Tokens written so far.
    var count: Int

    /// Scans from byte `start`.
    /// - Returns: the text's length when done, or the start of a slow-folded token that did not fit.
    mutating func run(
        from start: Int, _ out: Output, _ classes: UnsafeBufferPointer<ScalarClass>, _ lower: UnsafeBufferPointer<UInt8>
    ) -> Int {
        let length = text.count
        guard let base = text.baseAddress, let arenaBase = out.arena.baseAddress else { return length }
        var used = out.foldStarts[count]
        var i = start
        while i < length {
            let (first, firstLength) = classify(at: i, classes)
            guard first == .word || first == .ideograph else {
                i += firstLength
                continue
            }
            let tokenStart = i
            var needsSlowFold = first == .ideograph
            i += firstLength
            if first == .word {
                needsSlowFold = !fold(at: tokenStart, length: firstLength, lower, out.arena, &used)
                scanning: while i < length {
                    // Eight bytes at a time through runs of ASCII letters and digits. The arena always has
                    // room for the rest of the text (see `TokenBuffer.scan`), so with 8 bytes of text left
                    // all 8 folded bytes can be stored; only the first `run` of them count.
                    if i + 8 <= length {
                        let chunk = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                        let (run, folded) = AsciiWords.prefix(of: chunk)
                        UnsafeMutableRawPointer(arenaBase + used).storeBytes(of: folded.littleEndian, as: UInt64.self)
                        used += run
                        i += run
                        if run == 8 { continue }
                    }
                    let lead = text[i]
                    if lead < 0x80 {  // ASCII: the common case, one table lookup
                        let kind = classes[Int(lead)]
                        if kind == .word {
                            out.arena[used] = lower[Int(lead)]
                            used += 1
                            i += 1
                            continue
                        }
                        guard kind == .joiner, i + 1 < length, classify(at: i + 1, classes).0 == .word else {
                            break scanning
                        }
                        out.arena[used] = lead
                        used += 1
                        i += 1
                        continue
                    }
                    let (kind, scalarLength) = classify(at: i, classes)
                    switch kind {
                    case .word:
                        if !needsSlowFold {
                            needsSlowFold = !fold(at: i, length: scalarLength, lower, out.arena, &used)
                        }
                        i += scalarLength
                    case .mark:
                        needsSlowFold = true
                        i += scalarLength
                    case .joiner:  // `’`, the only joiner outside ASCII
                        let next = i + scalarLength
                        guard next < length, classify(at: next, classes).0 == .word else { break scanning }
                        out.arena[used] = UInt8(ascii: "'")
                        used += 1
                        i = next
                    case .ideograph, .other:
                        break scanning
                    }
                }
            } else {
                while i < length, case (.mark, let markLength) = classify(at: i, classes) { i += markLength }
            }
            if needsSlowFold {
                let token = String(decoding: UnsafeBufferPointer(rebasing: text[tokenStart..<i]), as: UTF8.self)
                let folded = CaseFolding.fold(token[...])
                let foldStart = out.foldStarts[count]
                // Leave room for the rest of the text too, which the fast path writes unchecked.
                guard foldStart + folded.count + (length - i) <= out.arena.count else { return tokenStart }
                for (k, byte) in folded.enumerated() { out.arena[foldStart + k] = byte }
                used = foldStart + folded.count
            }
            out.starts[count] = tokenStart
            out.ends[count] = i
            count += 1
            out.foldStarts[count] = used
        }
        return length
    }

    /// Writes the folded form of the word character at `i` if it is ASCII or Latin-1.
    /// - Returns: `false` when the character needs the slow folding (nothing is written then).
    @inline(__always)
    private func fold(
        at i: Int, length: Int, _ lower: UnsafeBufferPointer<UInt8>, _ arena: UnsafeMutableBufferPointer<UInt8>,
        _ used: inout Int
    ) -> Bool {
        let lead = text[i]
        if length == 1 {
            arena[used] = lower[Int(lead)]
            used += 1
            return true
        }
        guard length == 2, lead <= 0xC3 else { return false }
        let folded = lower[Int(lead & 0x1F) << 6 | Int(text[i + 1] & 0x3F)]
        arena[used] = 0xC0 | folded >> 6
        arena[used + 1] = 0x80 | folded & 0x3F
        used += 2
        return true
    }

    /// The class and UTF-8 length of the scalar starting at byte `i`.
    @inline(__always)
    func classify(at i: Int, _ classes: UnsafeBufferPointer<ScalarClass>) -> (ScalarClass, Int) {
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
