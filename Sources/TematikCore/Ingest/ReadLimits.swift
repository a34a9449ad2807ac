/// Bounds on what one input file may hold, so that a hostile or broken file fails with a clear error
/// instead of exhausting memory. Each limit can be raised from the command line (`--max-…`).
///
/// Every limit is checked as early as its quantity is known: the file size before a byte is read, a
/// line's length on the raw bytes before they are decoded, XML depth and node count while libxml2
/// streams the part. A file past a limit becomes a per-file error and the run goes on.
///
/// Tokens per segment: Ingest does not tokenize, so it counts runs of letters and digits, which is
/// never fewer than the tokenizer's tokens (it joins `AI-strategin` into one). A segment with more
/// such runs than ``maxTokensPerSegment`` is an error rather than being split, because a split would
/// invent turn boundaries that the transcript does not have; such a segment is almost always a file
/// with no line breaks or speaker labels, which the researcher should look at.
public struct ReadLimits: Hashable, Sendable {
    /// The most bytes a transcript file may have (default 256 MiB); larger files are not read at all.
    public var maxFileSize: Int
    /// The deepest XML element nesting in a `.docx` or `.odt` part (default 256).
    public var maxXMLDepth: Int
    /// The most XML nodes (elements, text, comments…) in a `.docx` or `.odt` part (default 10 million).
    public var maxXMLNodes: Int
    /// The most segments (speaker turns) in one document (default 100,000).
    public var maxSegments: Int
    /// The longest line of a text or subtitle file, in bytes as stored (default 1 MiB).
    public var maxLineLength: Int
    /// The most tokens in one segment (default 1,000,000).
    public var maxTokensPerSegment: Int

    /// The limits used when none are given.
    public static let `default` = ReadLimits()

    /// Limits from explicit values; each defaults to the value documented on its property.
    public init(
        maxFileSize: Int = 256 << 20, maxXMLDepth: Int = 256, maxXMLNodes: Int = 10_000_000,
        maxSegments: Int = 100_000, maxLineLength: Int = 1 << 20, maxTokensPerSegment: Int = 1_000_000
    ) {
        self.maxFileSize = maxFileSize
        self.maxXMLDepth = maxXMLDepth
        self.maxXMLNodes = maxXMLNodes
        self.maxSegments = maxSegments
        self.maxLineLength = maxLineLength
        self.maxTokensPerSegment = maxTokensPerSegment
    }

    /// The error for a file past one of the limits: what was found, the limit, and the flag that raises it.
    static func exceeded(
        _ location: SourceLocation, _ what: String, limit: String, flag: String
    ) -> Diagnostic {
        Diagnostic(
            .error, location, "\(what) exceeds the limit of \(limit)",
            fix: "Raise it with \(flag) if the file is genuine.")
    }
}
