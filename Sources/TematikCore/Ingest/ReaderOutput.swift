/// What a format reader gives back for one file: its turns, how its text was encoded, and its warnings.
public struct ReaderOutput: Hashable, Sendable {
    /// The speaker turns, numbered from 0, with roles set.
    public var segments: [Segment]
    /// The encoding the text was read as (see ``DecodedText/encoding``), or `XML` for Office formats.
    public var encoding: String
    /// Problems that did not stop the file from being read, each naming the file.
    public var warnings: [Diagnostic]

    /// Creates a value from its parts.
    public init(segments: [Segment], encoding: String, warnings: [Diagnostic] = []) {
        self.segments = segments
        self.encoding = encoding
        self.warnings = warnings
    }
}
