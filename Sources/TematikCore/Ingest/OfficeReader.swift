import Foundation
import ZIPFoundation

/// Reads the paragraphs of Word (`.docx`, `.docm`, `.dotx`) and OpenDocument (`.odt`) files.
///
/// The archive is read in memory with ZIPFoundation under ``ZipLimits``; the main part is walked with
/// libxml2's SAX2 parser (see ``XMLStreamWalker``). Which of the two formats a file is comes from
/// its content, not its extension: a package with `_rels/.rels` is Word, one with `content.xml` and no
/// `_rels/.rels` is OpenDocument. Only the main part is read: headers, footers, footnotes, comments
/// and glossary parts are not transcript text. A Teams transcript's speaker and time lines become the
/// paragraphs' `speaker` and `start` (see ``OfficeTeamsTranscript``).
public enum OfficeReader {
    /// The OpenDocument media types whose `content.xml` holds a text document.
    static let textMediaTypes = [
        "application/vnd.oasis.opendocument.text",
        "application/vnd.oasis.opendocument.text-template",
    ]

    /// The paragraphs of the document in `data`, in reading order, empty paragraphs included.
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - format: the format the file's extension names; used in messages.
    ///   - path: the file's path as the user named it, for diagnostics.
    ///   - limits: bounds on the ZIP entries: how many, and how far each may inflate.
    ///   - readLimits: bounds on the XML: its depth and node count (``ReadLimits/maxXMLDepth``,
    ///     ``ReadLimits/maxXMLNodes``).
    /// - Throws: a ``Diagnostic`` naming `path` when the file cannot be read: not a ZIP archive, a
    ///   truncated one, no main part, an entry past `limits`, malformed XML, XML past `readLimits`, or a
    ///   DTD in the XML.
    public static func paragraphs(
        from data: Data, format: DocumentFormat, path: String, limits: ZipLimits = .default,
        readLimits: ReadLimits = .default
    ) throws -> [Paragraph] {
        let package = try ZipPackage(data: data, path: path, limits: limits)
        if package.entry(named: OfficeRelationships.packageRelationships) == nil,
            let content = package.entry(named: "content.xml")
        {
            return try openDocumentParagraphs(package, content: content, path: path, limits: readLimits)
        }
        return try wordParagraphs(package, format: format, path: path, limits: readLimits)
    }

    private static func wordParagraphs(
        _ package: ZipPackage, format: DocumentFormat, path: String, limits: ReadLimits
    ) throws -> [Paragraph] {
        let (part, entry) = try OfficeRelationships.mainPart(of: package, path: path)
        var handler = DocxParagraphHandler()
        try XMLStreamWalker(vocabulary: DocxName.vocabulary, limits: limits)
            .walk(try package.contents(of: entry), part: part, path: path, handler: &handler)
        guard handler.sawDocument else {
            throw Diagnostic(
                .error, SourceLocation(file: path),
                "the main part '\(part)' is not a Word document (no w:document element)",
                fix: "Check that the file is a Word document and not a spreadsheet or presentation renamed "
                    + "to .\(format.rawValue).")
        }
        return OfficeTeamsTranscript.paragraphs(handler.builder.finish())
    }

    private static func openDocumentParagraphs(
        _ package: ZipPackage, content: Entry, path: String, limits: ReadLimits
    ) throws -> [Paragraph] {
        if let mimetype = package.entry(named: "mimetype") {
            let type = String(decoding: try package.contents(of: mimetype), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            guard textMediaTypes.contains(type) else {
                throw Diagnostic(
                    .error, SourceLocation(file: path),
                    "the file is an OpenDocument package of type '\(type)', not a text document",
                    fix: "Save the transcript as an OpenDocument text document (.odt) or a Word document.")
            }
        }
        var handler = OdtParagraphHandler()
        try XMLStreamWalker(vocabulary: OdtName.vocabulary, limits: limits)
            .walk(try package.contents(of: content), part: "content.xml", path: path, handler: &handler)
        guard handler.sawDocumentContent else {
            throw Diagnostic(
                .error, SourceLocation(file: path),
                "content.xml is not OpenDocument content (no office:document-content element)",
                fix: "Open and re-save the file in LibreOffice Writer.")
        }
        return OfficeTeamsTranscript.paragraphs(handler.builder.finish())
    }
}
