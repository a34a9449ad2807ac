/// Reusable storage for the tokens of one text: byte ranges and folded forms, filled without allocating
/// per token.
///
/// Tokenize many texts with one buffer: ``tokenize(_:)`` clears it and keeps its capacity, so after the
/// first few texts it allocates nothing. The folded forms of all tokens sit end to end in one byte arena.
/// The rules are those of ``Tokenizer``.
public struct TokenBuffer: Sendable {
    // The arrays only grow; `count` and `foldStarts[count]` say how much of them the last text uses.
    /// Start byte offset of each token in the text.
    var starts: [Int] = []
    /// End byte offset (exclusive) of each token in the text.
    var ends: [Int] = []
    /// Token `i`'s folded bytes are `arena[foldStarts[i] ..< foldStarts[i + 1]]`.
    var foldStarts: [Int] = [0]
    /// The folded forms of all tokens, end to end.
    var arena: [UInt8] = []
    /// The number of tokens of the last text tokenized.
    public internal(set) var count = 0

    /// An empty buffer.
    public init() {}

    /// Token `index`'s UTF-8 byte offsets in the text.
    public func bytes(at index: Int) -> Range<Int> { starts[index]..<ends[index] }

    /// Token `index`'s folded form as UTF-8 bytes (a view into the buffer; no copy).
    public func folded(at index: Int) -> ArraySlice<UInt8> { arena[foldStarts[index]..<foldStarts[index + 1]] }

    /// Token `index`'s folded form as a string.
    public func foldedString(at index: Int) -> String { String(decoding: folded(at: index), as: UTF8.self) }

    /// The tokens as values, for callers that want an array.
    public var tokens: [Token] { (0..<count).map { Token(bytes: bytes(at: $0)) } }

    /// Replaces the buffer's contents with the tokens of `text`.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length of `text`; no allocation once the buffer has grown to
    ///   the size of the texts it sees, except for tokens that need the slow case folding.
    public mutating func tokenize(_ text: String) {
        count = 0
        if text.utf8.withContiguousStorageIfAvailable({ scan($0) }) != nil { return }
        var native = text
        native.makeContiguousUTF8()
        _ = native.utf8.withContiguousStorageIfAvailable { scan($0) }
    }
}
