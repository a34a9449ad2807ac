/// The byte scanner behind ``TokenBuffer/tokenize(_:)``.
extension TokenBuffer {
    /// Fills the buffer with the tokens of `text` (valid UTF-8), following the rules in ``Tokenizer``.
    ///
    /// ASCII and Latin-1 letters are classified by table and folded on the fly; a token with any other
    /// character, or with a combining mark, is folded again as a whole by ``CaseFolding/fold(_:)``.
    /// The scan writes through pointers into storage sized beforehand: a text of *r* bytes has at most
    /// *r*/2 + 1 tokens, and the fast folding never lengthens a token, so only a slow-folded token can
    /// run out of room; the scan then stops before it, the arena grows, and the scan goes on from there.
    mutating func scan(_ text: UnsafeBufferPointer<UInt8>) {
        var resume = 0
        foldStarts[0] = 0
        while true {
            let remaining = text.count - resume
            let tokenRoom = count + remaining / 2 + 2
            if starts.count < tokenRoom {
                let grown = max(tokenRoom, starts.count * 2)
                starts += repeatElement(0, count: grown - starts.count)
                ends += repeatElement(0, count: grown - ends.count)
                foldStarts += repeatElement(0, count: grown + 1 - foldStarts.count)
            }
            let arenaRoom = foldStarts[count] + remaining + 16
            if arena.count < arenaRoom {
                arena += repeatElement(0, count: max(arenaRoom, arena.count * 2) - arena.count)
            }
            resume = scanWithPointers(text, from: resume)
            guard resume < text.count else { return }
            arena += repeatElement(0, count: arena.count)
        }
    }

    /// Scans from `start` until the end, or until a slow-folded token does not fit in the arena.
    /// - Returns: where the scan stopped (the text's length when done).
    private mutating func scanWithPointers(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var starts = self.starts, ends = self.ends, foldStarts = self.foldStarts, arena = self.arena
        (self.starts, self.ends, self.foldStarts, self.arena) = ([], [], [], [])
        defer { (self.starts, self.ends, self.foldStarts, self.arena) = (starts, ends, foldStarts, arena) }
        var scanner = Scanner(text: text, count: count)
        let stop = starts.withUnsafeMutableBufferPointer { starts in
            ends.withUnsafeMutableBufferPointer { ends in
                foldStarts.withUnsafeMutableBufferPointer { foldStarts in
                    arena.withUnsafeMutableBufferPointer { arena in
                        ByteClass.latin1.withUnsafeBufferPointer { classes in
                            ByteClass.latin1Lower.withUnsafeBufferPointer { lower in
                                let output = Scanner.Output(starts, ends, foldStarts, arena)
                                return scanner.run(from: start, output, classes, lower)
                            }
                        }
                    }
                }
            }
        }
        count = scanner.count
        return stop
    }
}
