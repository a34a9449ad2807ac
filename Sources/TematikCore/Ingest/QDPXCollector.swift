import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Gathers codes, sources and selections from a `project.qde` while `XMLParser` walks it.
///
/// Elements are matched by local name, so a file without the `urn:QDA-XML:project:1.0` namespace (NVivo
/// writes none) reads the same. A `CodeRef` counts only inside a `PlainTextSelection`'s `Coding`; codings
/// of whole sources, sets and cases are not selections and are skipped.
final class QDPXCollector: NSObject, XMLParserDelegate {
    /// A source as read, its text path not yet resolved and positions as written.
    struct RawSource {
        var guid: String
        var name: String
        var path: String?
        var content: String?
        var selections: [(guid: String, start: Int, end: Int, codes: [String], user: String?)] = []
    }

    var origin: String?
    var codes: [QDPXCode] = []
    var sources: [RawSource] = []
    var errorLine: Int?
    var badSelections = 0
    private var codeStack: [Int] = []
    private var inSelection = false
    private var inSelectionCoding = false
    private var text: String?

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch name {
        case "Project":
            origin = attributes["origin"]
        case "Code":
            let parent = codeStack.last.map { codes[$0] }
            let codeName = attributes["name"] ?? ""
            codes.append(
                QDPXCode(
                    guid: Self.normalizedGUID(attributes["guid"] ?? ""), name: codeName, parent: parent?.guid,
                    path: (parent?.path ?? []) + [codeName], isCodable: attributes["isCodable"] != "false",
                    description: nil))
            codeStack.append(codes.count - 1)
        case "Description" where !codeStack.isEmpty, "PlainTextContent":
            text = ""
        case "TextSource":
            sources.append(
                RawSource(
                    guid: Self.normalizedGUID(attributes["guid"] ?? ""), name: attributes["name"] ?? "",
                    path: attributes["plainTextPath"]))
        case "PlainTextSelection" where !sources.isEmpty:
            guard let start = attributes["startPosition"].flatMap({ Int($0) }),
                let end = attributes["endPosition"].flatMap({ Int($0) }), start >= 0, start <= end
            else {
                badSelections += 1
                return
            }
            inSelection = true
            sources[sources.count - 1].selections.append(
                (Self.normalizedGUID(attributes["guid"] ?? ""), start, end, [], attributes["creatingUser"]))
        case "Coding" where inSelection:
            inSelectionCoding = true
        case "CodeRef" where inSelectionCoding:
            guard let target = attributes["targetGUID"], let last = sources.indices.last,
                let selection = sources[last].selections.indices.last
            else { return }
            sources[last].selections[selection].codes.append(Self.normalizedGUID(target))
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text? += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "Code":
            codeStack.removeLast()
        case "Description" where !codeStack.isEmpty:
            if let last = codeStack.last { codes[last].description = text }
            text = nil
        case "PlainTextContent":
            if !sources.isEmpty { sources[sources.count - 1].content = text }
            text = nil
        case "PlainTextSelection":
            inSelection = false
        case "Coding":
            inSelectionCoding = false
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if errorLine == nil { errorLine = parser.lineNumber }
    }

    /// A GUID without braces, in lower case: the schema allows `{…}` and either case, and programs differ.
    static func normalizedGUID(_ guid: String) -> String {
        guid.trimmingCharacters(in: CharacterSet(charactersIn: "{} ")).lowercased()
    }
}
