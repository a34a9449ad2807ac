/// The file formats Tematik reads.
public enum DocumentFormat: String, Hashable, Sendable, Codable, CaseIterable {
    case txt, md, docx, odt, vtt, srt
}

/// One transcript, read and split into speaker turns.
public struct Document: Hashable, Sendable {
    /// The path relative to the corpus root, with `/` separators; unique within a corpus.
    public var id: String
    public var format: DocumentFormat
    /// Lower-case hex SHA-256 of the file's bytes.
    public var sha256: String
    /// The character encoding the text was decoded from (`UTF-8`, `UTF-16LE`, `Windows-1252`, or `XML`
    /// for formats that declare their own).
    public var encoding: String
    /// Attributes from `metadata.csv` (column name to value); empty when the file has no row.
    public var attributes: [String: String]
    public var segments: [Segment]
    /// Problems that did not stop the file from being read.
    public var warnings: [Diagnostic]

    public init(
        id: String, format: DocumentFormat, sha256: String, encoding: String,
        attributes: [String: String] = [:], segments: [Segment], warnings: [Diagnostic] = []
    ) {
        self.id = id
        self.format = format
        self.sha256 = sha256
        self.encoding = encoding
        self.attributes = attributes
        self.segments = segments
        self.warnings = warnings
    }
}
