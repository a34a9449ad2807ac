import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads a REFI-QDA project made by another program: a `.qdpx` archive (`project.qde` plus the source
/// files under `sources/`) or a bare `project.qde`.
///
/// Positions: the standard counts Unicode characters (code points) in the plain text, and QualCoder,
/// ATLAS.ti and `qc` do. NVivo does not: its `startPosition`/`endPosition` count UTF-16 code units of the
/// text after the byte-order mark, with `\r\n` as two (checked on an NVivo 12.6 export, where 281 of 303
/// selections start and end at line breaks under that reading and about 10 under any other). So when
/// `origin` names NVivo, positions are converted from UTF-16 units to code points. The BOM is never part
/// of the text and never counted.
public enum QDPXReader {
    /// The project in the file at `url`.
    /// - Throws: a ``Diagnostic`` when the file cannot be read, is not a ZIP or XML file, has no
    ///   `project.qde`, or its XML is not well-formed or declares a DTD.
    public static func read(contentsOf url: URL) throws -> QDPXProject {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw Diagnostic(
                .error, SourceLocation(file: url.path), "the project cannot be read (\(error))",
                fix: "Check the path and the file's permissions.")
        }
        return try read(data, path: url.path)
    }

    /// The project in `data`, read from `path` (for messages).
    /// - Throws: as ``read(contentsOf:)``.
    public static func read(_ data: Data, path: String) throws -> QDPXProject {
        let file = SourceLocation(file: path)
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
            return try project(from: data, path: path, archive: nil)
        }
        let archive = try ZipPackage(data: data, path: path, limits: .default)
        guard let entry = archive.entry(named: "project.qde") else {
            throw Diagnostic(
                .error, file, "the archive holds no project.qde, so it is not a REFI-QDA project",
                fix: "Export the project again as REFI-QDA (.qdpx) from the QDA program.")
        }
        return try project(from: Data(try archive.contents(of: entry)), path: path, archive: archive)
    }

    private static func project(from xml: Data, path: String, archive: ZipPackage?) throws -> QDPXProject {
        let head = String(decoding: xml.prefix(4096), as: UTF8.self)
        guard !head.contains("<!DOCTYPE"), !head.contains("<!ENTITY") else {
            throw Diagnostic(
                .error, SourceLocation(file: path), "the project file declares a DTD",
                fix: "Remove the <!DOCTYPE> declaration; REFI-QDA projects need none.")
        }
        let collector = QDPXCollector()
        let parser = XMLParser(data: xml)
        parser.delegate = collector
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        if !parser.parse() || collector.errorLine != nil {
            throw Diagnostic(
                .error, SourceLocation(file: path, line: collector.errorLine ?? parser.lineNumber),
                "project.qde is not well-formed XML", fix: "Export the project again from the QDA program.")
        }
        var warnings: [Diagnostic] = []
        if collector.badSelections > 0 {
            warnings.append(
                Diagnostic(
                    .warning, SourceLocation(file: path),
                    "\(collector.badSelections) selections have no valid startPosition and endPosition and were skipped"
                ))
        }
        let utf16 = collector.origin?.localizedCaseInsensitiveContains("nvivo") == true
        let sources = collector.sources.map { raw in
            let text = raw.content ?? raw.path.flatMap { sourceText($0, in: archive) }
            if text == nil {
                warnings.append(
                    Diagnostic(
                        .warning, SourceLocation(file: path), "the text of source '\(raw.name)' is not in the project",
                        fix: "Its selections are kept, but cannot be matched to text."))
            }
            let selections = raw.selections.map { selection in
                var range = selection.start..<selection.end
                if utf16, let text { range = codePoints(ofUTF16: range, in: text) }
                return QDPXSelection(
                    guid: selection.guid, codePoints: range, codes: selection.codes,
                    creatingUser: selection.user.map(QDPXCollector.normalizedGUID))
            }
            return QDPXSource(guid: raw.guid, name: raw.name, text: text, selections: selections)
        }
        return QDPXProject(origin: collector.origin, codes: collector.codes, sources: sources, warnings: warnings)
    }

    /// The text of the file a `plainTextPath` names: `internal://NAME` (or a bare relative NAME, as `qc`
    /// writes) is `sources/NAME` in the archive, matched without regard to case (NVivo writes `Sources/`).
    private static func sourceText(_ plainTextPath: String, in archive: ZipPackage?) -> String? {
        guard let archive else { return nil }
        let name = plainTextPath.hasPrefix("internal://") ? String(plainTextPath.dropFirst(11)) : plainTextPath
        guard !name.contains("://"), let entry = archive.entry(named: "sources/" + name) ?? archive.entry(named: name),
            let bytes = try? archive.contents(of: entry)
        else { return nil }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        return String(decoding: body, as: UTF8.self)
    }

    /// A range of UTF-16 code units of `text` as a range of code points; offsets past the end are clamped.
    static func codePoints(ofUTF16 range: Range<Int>, in text: String) -> Range<Int> {
        var units = 0
        var scalars = 0
        var lower: Int?
        for scalar in text.unicodeScalars {
            if lower == nil, units >= range.lowerBound { lower = scalars }
            if units >= range.upperBound { return (lower ?? scalars)..<scalars }
            units += scalar.utf16.count
            scalars += 1
        }
        return (lower ?? scalars)..<scalars
    }
}
