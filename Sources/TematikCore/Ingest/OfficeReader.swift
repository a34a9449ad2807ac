import Foundation

/// Reads the paragraphs of Word (`.docx`, `.docm`, `.dotx`) and OpenDocument (`.odt`) files.
/// (Placeholder: the ZIP and libxml2 reader replaces this file.)
public enum OfficeReader {
    /// The paragraphs of the document in `data`, in reading order.
    /// - Throws: a ``Diagnostic`` naming `path` when the file cannot be read.
    public static func paragraphs(from data: Data, format: DocumentFormat, path: String) throws -> [Paragraph] {
        throw Diagnostic(.error, SourceLocation(file: path), "\(format.rawValue) files are not read yet")
    }
}
