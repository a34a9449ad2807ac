/// What the accumulator keeps of one document: its summary, its counts and its metadata attributes.
///
/// Kept per document because the code × document matrix and the attribute groups are built from them,
/// in document-id order, only when the result is asked for.
struct DocumentRecord: Sendable, Codable {
    var summary: DocumentSummary
    var tally: Tally
    /// The document's attributes from `metadata.csv`, as read (empty values included).
    var attributes: [String: String]
}
