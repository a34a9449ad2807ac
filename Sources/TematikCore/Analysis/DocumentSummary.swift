/// The little a report needs of a document once it has been analysed: `documents.csv`, the document
/// table and the manifest's inputs.
public struct DocumentSummary: Hashable, Sendable, Codable {
    /// The document id: its path relative to the corpus root.
    public var id: String
    public var format: DocumentFormat
    /// SHA-256 (hex) of the file's bytes.
    public var sha256: String
    /// All segments (turns), units of analysis or not.
    public var segments: Int

    public init(id: String, format: DocumentFormat, sha256: String, segments: Int) {
        self.id = id
        self.format = format
        self.sha256 = sha256
        self.segments = segments
    }

    /// The summary of a coded document.
    public init(_ document: CodedDocument) {
        self.init(
            id: document.document.id, format: document.document.format, sha256: document.document.sha256,
            segments: document.document.segments.count)
    }
}
