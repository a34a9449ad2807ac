import Foundation
import ZIPFoundation

/// A Word file built in memory from the sample text, laid out like a transcript from Word: one
/// paragraph per turn, the speaker label as a bold run, the main part deflated as Word stores it.
enum DocxSample {
    /// The `.docx` bytes for `segments`, alternating `Intervjuare:` and `Respondent:` turns.
    static func make(_ segments: [String]) throws -> Data {
        var body = ""
        for (index, text) in segments.enumerated() {
            let speaker = index % 4 == 0 ? "Intervjuare:" : "Respondent:"
            body +=
                "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>\(speaker)</w:t></w:r>"
                + "<w:r><w:t xml:space=\"preserve\"> \(escaped(text))</w:t></w:r></w:p>"
        }
        let document = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:body>\(body)</w:body></w:document>
            """
        let archive = try Archive(data: Data(), accessMode: .create)
        try add(contentTypes, "[Content_Types].xml", to: archive)
        try add(relationships, "_rels/.rels", to: archive)
        try add(document, "word/document.xml", to: archive)
        return archive.data ?? Data()
    }

    private static func add(_ text: String, _ path: String, to archive: Archive) throws {
        let data = Data(text.utf8)
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
        ) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    private static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """

    private static let relationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="word/document.xml"/></Relationships>
        """
}
