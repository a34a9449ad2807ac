import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads a REFI-QDA codebook (`.qdc`, namespace `urn:QDA-XML:codebook:1.0`): codes and their hierarchy.
///
/// A `.qdc` holds no patterns, so every code comes back with none; the file gives the structure to fill in.
/// A top-level `Code` becomes a theme whose id is derived from its name (``CodebookIdentifier``). When that
/// code is codable (`isCodable`, true if absent), it also becomes the theme's first code, with the theme's id,
/// as patterns written directly on a theme do; the export writes that case back the same way. A nested code
/// becomes a code whose id is its path of derived names (`values.liberals`), labelled with the path below the
/// theme; a nested code that is not codable only gives structure. The first `Codes` element in the file is
/// read, so a project file (`.qde`) gives its codebook too.
enum QDCReader {
    /// The codebook in `data`.
    /// - Throws: ``CodebookError`` for bytes that are not UTF-8, XML that does not parse, a DTD (refused:
    ///   codebooks need none, and entities are a way to attack a parser), or a file with no `Codes` element.
    static func read(_ data: Data, path: String, name: String, sha256: String) throws -> Codebook {
        let file = SourceLocation(file: path)
        // REFI-QDA files are UTF-8. Foundation's XMLParser traps on a name that is not (found by fuzzing:
        // `<C\u{FF}m>`), since libxml2 in recovery mode passes such bytes through; so they are refused here.
        guard DictionaryText.decodeUTF8(data) != nil else {
            throw CodebookError([
                Diagnostic(
                    .error, file, "the codebook is not UTF-8 text, as REFI-QDA files are",
                    fix: "Export it again from the QDA program, or save it as UTF-8.")
            ])
        }
        let head = String(decoding: data.prefix(4096), as: UTF8.self)
        guard !head.contains("<!DOCTYPE"), !head.contains("<!ENTITY") else {
            throw CodebookError([
                Diagnostic(
                    .error, file, "the codebook declares a DTD",
                    fix: "Remove the <!DOCTYPE> declaration; REFI-QDA codebooks need none.")
            ])
        }
        // Foundation's XMLParser dereferences the missing data of a processing instruction such as `<?x?>`
        // (found by fuzzing), and a codebook needs none but the XML declaration: any other is refused.
        guard !hasProcessingInstruction(data) else {
            throw CodebookError([
                Diagnostic(
                    .error, file, "the codebook holds an XML processing instruction (<?…?>)",
                    fix: "Remove it; a REFI-QDA codebook needs none besides the <?xml …?> declaration.")
            ])
        }
        let collector = QDCCollector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        // libxml2 runs in recovery mode under XMLParser, so a broken file can still "succeed": the first error
        // the delegate saw counts too.
        let succeeded = parser.parse()
        if !succeeded || collector.errorLine != nil {
            let line = collector.errorLine ?? parser.lineNumber
            let location = SourceLocation(file: path, line: line, column: collector.errorColumn ?? parser.columnNumber)
            throw CodebookError([
                Diagnostic(
                    .error, location, "the codebook is not well-formed XML",
                    fix: "Export it again from the QDA program, or correct the XML there.")
            ])
        }
        guard collector.foundCodes else {
            throw CodebookError([
                Diagnostic(
                    .error, file, "the file holds no <Codes> element",
                    fix: "Check that it is a REFI-QDA codebook (.qdc).")
            ])
        }
        let themes = themes(from: collector.roots, path: path, language: "sv")
        return Codebook(name: name, version: "", language: "sv", themes: themes, sha256: sha256)
    }

    /// Themes and codes from the top-level codes, ids made unique among siblings.
    private static func themes(from roots: [QDCCode], path: String, language: String) -> [Theme] {
        var used = Set<String>()
        return roots.map { root in
            let id = CodebookIdentifier.unique(CodebookIdentifier.slug(root.name), in: &used)
            let label = LocalizedText([language: root.name])
            let description = LocalizedText(root.description.isEmpty ? [:] : [language: root.description])
            var codes: [Code] = []
            if root.isCodable {
                codes.append(
                    Code(
                        id: id, theme: id, label: label, description: description, color: root.color,
                        patterns: [], location: root.location(path)))
            }
            for child in root.children {
                collect(
                    child, parent: id, labelPath: [], theme: id, language: language, path: path,
                    used: &used, into: &codes)
            }
            return Theme(id: id, label: label, description: description, color: root.color, codes: codes)
        }
    }

    /// Adds `code` (if codable) and its descendants, depth first.
    private static func collect(
        _ code: QDCCode, parent: String, labelPath: [String], theme: String, language: String, path: String,
        used: inout Set<String>, into codes: inout [Code]
    ) {
        let id = CodebookIdentifier.unique(parent + "." + CodebookIdentifier.slug(code.name), in: &used)
        let labels = labelPath + [code.name]
        if code.isCodable {
            let description = LocalizedText(code.description.isEmpty ? [:] : [language: code.description])
            codes.append(
                Code(
                    id: id, theme: theme, label: LocalizedText([language: labels.joined(separator: " / ")]),
                    description: description, color: code.color, patterns: [], location: code.location(path)))
        }
        for child in code.children {
            collect(
                child, parent: id, labelPath: labels, theme: theme, language: language, path: path,
                used: &used, into: &codes)
        }
    }
}

/// One `Code` element as read.
struct QDCCode {
    var name: String
    var isCodable: Bool
    var color: String?
    var description = ""
    var children: [QDCCode] = []

    /// The file alone: XMLParser reports the line where libxml2 has read to, not where the element starts.
    func location(_ path: String) -> SourceLocation { SourceLocation(file: path) }
}

/// The SAX delegate that builds the `Code` tree of the first `Codes` element.
private final class QDCCollector: NSObject, XMLParserDelegate {
    private(set) var roots: [QDCCode] = []
    private(set) var foundCodes = false
    /// Where libxml2 reported the first parse error.
    private(set) var errorLine: Int?
    private(set) var errorColumn: Int?
    /// The open `Code` elements, innermost last.
    private var open: [QDCCode] = []
    private var inCodes = false
    private var finished = false
    private var descriptionText: String?

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        guard !finished else { return }
        switch name {
        case "Codes" where !inCodes:
            inCodes = true
            foundCodes = true
        case "Code" where inCodes:
            let color = attributes["color"].map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            open.append(
                QDCCode(
                    name: attributes["name"] ?? "", isCodable: attributes["isCodable"] != "false",
                    color: color))
        case "Description" where inCodes && !open.isEmpty:
            descriptionText = ""
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard errorLine == nil else { return }
        errorLine = parser.lineNumber
        errorColumn = parser.columnNumber
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        descriptionText? += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard !finished else { return }
        switch name {
        case "Codes" where inCodes && open.isEmpty:
            finished = true
        case "Code" where inCodes:
            guard let done = open.popLast() else { return }
            if open.isEmpty { roots.append(done) } else { open[open.count - 1].children.append(done) }
        case "Description" where descriptionText != nil:
            if let text = descriptionText, !open.isEmpty {
                open[open.count - 1].description = text.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            descriptionText = nil
        default:
            break
        }
    }
}

extension QDCReader {
    /// Whether `data` holds `<?` anywhere but in an XML declaration at its start (after a byte-order mark).
    static func hasProcessingInstruction(_ data: Data) -> Bool {
        let bytes = [UInt8](data)
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if bytes[start...].starts(with: Array("<?xml".utf8)), start + 5 < bytes.count,
            [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start + 5])
        {
            start += 5
        }
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "?") { return true }
            index += 1
        }
        return false
    }
}
