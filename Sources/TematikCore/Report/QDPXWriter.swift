import Foundation
import ZIPFoundation

/// Builds a REFI-QDA project (`.qdpx`) of a coded corpus, for review in NVivo, ATLAS.ti, MAXQDA or QualCoder.
///
/// The archive holds `project.qde` (`urn:QDA-XML:project:1.0`) and `sources/<guid>.txt`, one per document,
/// laid out as ``QDPXText`` says. The codebook becomes `Code`s as in the `.qdc` export (a theme holding its
/// codes; GUIDs from ids, ``QDCGUID``). Each document is a `TextSource` named by its id, each coding a
/// `PlainTextSelection` (named by the matched text) with one `Coding` of its code. All GUIDs derive from
/// ids, entries carry a fixed date and no element a time stamp, so one corpus always gives the same bytes.
public struct QDPXWriter: Sendable {
    private let codebook: Codebook
    private let language: String
    private let projectName: String
    private var sources: [String: (xml: String, text: String, guid: String)] = [:]

    /// A project for documents coded with `codebook`.
    /// - Parameters:
    ///   - language: the language of code names and descriptions.
    ///   - projectName: the project's `name`, as QDA programs show it.
    public init(codebook: Codebook, language: String, projectName: String) {
        self.codebook = codebook
        self.language = language
        self.projectName = projectName
    }

    /// The GUID a document's `TextSource` gets.
    public static func sourceGUID(_ documentID: String) -> String { QDCGUID.guid(for: "source:" + documentID) }

    /// The `User` every selection names as its creator.
    static let userGUID = QDCGUID.guid(for: "user:tematik")

    /// Adds one coded document; documents are written in id order whatever the order they are added in.
    public mutating func add(_ coded: CodedDocument) {
        let document = coded.document
        let layout = QDPXText(document)
        let guid = Self.sourceGUID(document.id)
        let positions = Dictionary(
            document.segments.enumerated().map { ($1.index, $0) }, uniquingKeysWith: { first, _ in first })
        let codes = codebook.codes
        var xml =
            "      <TextSource guid=\"\(guid)\" name=\"\(Self.escape(document.id))\" "
            + "plainTextPath=\"internal://\(guid).txt\""
        var selections = ""
        for (ordinal, coding) in coded.codings.enumerated() {
            guard let position = positions[coding.segment], codes.indices.contains(coding.code),
                let range = layout.codePoints(segment: position, bytes: coding.bytes)
            else { continue }
            let key = "\(document.id)#\(ordinal)"
            let name = String(layout.text.unicodeScalars.dropFirst(range.lowerBound).prefix(range.count))
            selections += """
                        <PlainTextSelection guid="\(QDCGUID.guid(for: "selection:" + key))" \
                name="\(Self.escape(name))" startPosition="\(range.lowerBound)" endPosition="\(range.upperBound)" creatingUser="\(Self.userGUID)">
                          <Coding guid="\(QDCGUID.guid(for: "coding:" + key))" creatingUser="\(Self.userGUID)">
                            <CodeRef targetGUID="\(QDCGUID.guid(for: codes[coding.code].id))"/>
                          </Coding>
                        </PlainTextSelection>

                """
        }
        xml += selections.isEmpty ? "/>\n" : ">\n" + selections + "      </TextSource>\n"
        sources[document.id] = (xml, layout.text, guid)
    }

    /// The `project.qde` text.
    public func projectXML() -> String {
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="\(Self.escape(projectName))" \
            origin="Tematik \(ToolInfo.version)" creatingUserGUID="\(Self.userGUID)">
              <Users>
                <User guid="\(Self.userGUID)" name="Tematik"/>
              </Users>

            """
        out += QDPXCodes.xml(codebook, language: language)
        let ids = sources.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        if !ids.isEmpty {
            out += "  <Sources>\n" + ids.compactMap { sources[$0]?.xml }.joined() + "  </Sources>\n"
        }
        return out + "</Project>\n"
    }

    /// Writes the archive to `url` under a temporary name, then renames it there.
    /// - Throws: a ZIPFoundation or file-system error.
    public func write(to url: URL) throws {
        let temporary = url.appendingPathExtension("partial")
        try? FileManager.default.removeItem(at: temporary)
        let archive = try OutputGate.pass { try Archive(url: temporary, accessMode: .create) }
        try Self.add(Data(projectXML().utf8), path: "project.qde", to: archive)
        for id in sources.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            guard let source = sources[id] else { continue }
            try Self.add(Data(source.text.utf8), path: "sources/\(source.guid).txt", to: archive)
        }
        try OutputGate.pass {
            if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
            try FileManager.default.moveItem(at: temporary, to: url)
        }
    }

    /// The DOS epoch: ZIP entries need a date, and a fixed one keeps the archive's bytes the same.
    private static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    private static func add(_ data: Data, path: String, to archive: Archive) throws {
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
            compressionMethod: .deflate
        ) { position, size in
            data.subdata(in: Int(position)..<(Int(position) + size))
        }
    }

    /// `text` escaped for XML, without the control characters XML 1.0 forbids.
    static func escape(_ text: String) -> String {
        QDCWriter.escape(String(text.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\n" || $0 == "\t" }))
    }
}
