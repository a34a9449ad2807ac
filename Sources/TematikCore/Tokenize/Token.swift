/// A word in a segment, as the tokenizer found it.
public struct Token: Hashable, Sendable {
    /// The token's UTF-8 byte offsets in the segment's text.
    public var bytes: Range<Int>

    public init(bytes: Range<Int>) { self.bytes = bytes }
}
