/// The folded tokens of the segments a coder found codings in, kept from coding so that counting their
/// words (``WordTallies``) does not tokenize the text a second time.
///
/// Only segments with codings are kept, because the word tallies count no others. The tokens are the
/// coder's own, the very ones its codings index, so a coding's token range names its words exactly.
struct CodedTokens: Sendable {
    /// The segments kept, in segment order, each with the index of its first token.
    private var segments: [(segment: Int, firstToken: Int)] = []
    /// Token `i`'s folded bytes are `arena[foldStarts[i] ..< foldStarts[i + 1]]`.
    private var foldStarts: [Int] = [0]
    private var arena: [UInt8] = []

    /// No segments.
    init() {}

    /// Keeps the tokens in `tokens` as those of `segment`, which comes after every segment kept so far.
    mutating func keep(_ tokens: TokenBuffer, segment: Int) {
        segments.append((segment, foldStarts.count - 1))
        let base = arena.count
        let used = tokens.foldStarts[tokens.count]
        arena.append(contentsOf: tokens.arena[..<used])
        Self.append(tokens.foldStarts[1..<tokens.count + 1], plus: base, to: &foldStarts)
    }

    /// Appends each of `starts` plus `offset` to `array`: a copy, then one loop over the new elements
    /// (appending a lazily mapped slice went through its iterator, element by element).
    private static func append(_ starts: ArraySlice<Int>, plus offset: Int, to array: inout [Int]) {
        let old = array.count
        array.append(contentsOf: starts)
        array.withUnsafeMutableBufferPointer { array in
            for index in old..<array.count { array[index] += offset }
        }
    }

    /// Appends the segments of `other`, all of which come after this one's.
    mutating func append(_ other: CodedTokens) {
        let (tokenBase, byteBase) = (foldStarts.count - 1, arena.count)
        segments += other.segments.map { ($0.segment, $0.firstToken + tokenBase) }
        arena += other.arena
        Self.append(other.foldStarts.dropFirst(), plus: byteBase, to: &foldStarts)
    }

    /// Calls `body` with the folded tokens of `segment`, or returns `nil` when it was not kept.
    func withTokens<Result>(of segment: Int, _ body: (FoldedTokens) -> Result) -> Result? {
        var low = 0
        var high = segments.count
        while low < high {
            let middle = (low + high) / 2
            if segments[middle].segment < segment { low = middle + 1 } else { high = middle }
        }
        guard low < segments.count, segments[low].segment == segment else { return nil }
        let first = segments[low].firstToken
        let end = low + 1 < segments.count ? segments[low + 1].firstToken : foldStarts.count - 1
        return arena.withUnsafeBufferPointer { arena in
            foldStarts.withUnsafeBufferPointer { starts in
                body(FoldedTokens(arena: arena, foldStarts: UnsafeBufferPointer(rebasing: starts[first...end])))
            }
        }
    }
}

/// One text's folded tokens, read in place: from a ``TokenBuffer`` or from ``CodedTokens``.
struct FoldedTokens {
    /// The folded bytes, of these tokens and maybe of others.
    let arena: UnsafeBufferPointer<UInt8>
    /// Token `i`'s folded bytes are `arena[foldStarts[i] ..< foldStarts[i + 1]]`; one more than the tokens.
    let foldStarts: UnsafeBufferPointer<Int>
    /// Each token's byte range in the text, when it is known; `nil` for the coder's own tokens, which the
    /// codings were made from and so need no check.
    var byteRanges: (starts: UnsafeBufferPointer<Int>, ends: UnsafeBufferPointer<Int>)? = nil

    /// The number of tokens.
    var count: Int { foldStarts.count - 1 }

    /// Token `index`'s folded bytes.
    subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: arena[foldStarts[index]..<foldStarts[index + 1]])
    }

    /// Whether token `index` is exactly the text at `bytes`, so that its folded form is that text's.
    func isToken(_ index: Int, at bytes: Range<Int>) -> Bool {
        guard index >= 0, index < count else { return false }
        guard let (starts, ends) = byteRanges else { return true }
        return starts[index] == bytes.lowerBound && ends[index] == bytes.upperBound
    }
}

extension TokenBuffer {
    /// Calls `body` with the buffer's tokens.
    func withFoldedTokens<Result>(_ body: (FoldedTokens) -> Result) -> Result {
        arena.withUnsafeBufferPointer { arena in
            foldStarts.withUnsafeBufferPointer { foldStarts in
                starts.withUnsafeBufferPointer { starts in
                    ends.withUnsafeBufferPointer { ends in
                        body(
                            FoldedTokens(
                                arena: arena, foldStarts: UnsafeBufferPointer(rebasing: foldStarts[...count]),
                                byteRanges: (starts, ends)))
                    }
                }
            }
        }
    }
}
