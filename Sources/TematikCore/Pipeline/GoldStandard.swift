import Foundation
import SwiftCSV

/// Human codings to compare with Tematik's, read from a REFI-QDA project (`.qdpx`, `.qde`) made in
/// NVivo, ATLAS.ti, MAXQDA or QualCoder, or from a CSV file with the columns `document,segment,code`.
///
/// The unit of agreement is the segment: a segment holds a code for the human coder when a selection
/// with that code overlaps it. A project's sources are matched to documents by name (the document id,
/// or its file name with or without extension), else by text (a project exported by `tematik export
/// --qdpx` and reviewed elsewhere keeps Tematik's source text). Codes are matched by Tematik's GUID for
/// the code id, else by name equal to a code id or label. Whatever cannot be matched becomes a warning.
public struct GoldStandard: Sendable {
    /// Per source: its text (when it has one), its name, and per code index the code-point ranges.
    struct Source: Sendable {
        var name: String
        var text: String?
        var selections: [(codePoints: Range<Int>, codes: Set<Int>)]
    }

    var sources: [Source] = []
    /// Segments coded by hand, by document id and segment index, from a CSV file.
    var table: [String: [Int: Set<Int>]] = [:]
    /// Codes, sources and rows that could not be matched.
    public private(set) var warnings: [Diagnostic] = []

    /// Reads the human codings in `url` for `codebook`.
    /// - Throws: a ``Diagnostic`` when the file cannot be read.
    public static func load(_ url: URL, codebook: Codebook) throws -> GoldStandard {
        var gold = GoldStandard()
        let codeIndex = CodeIndex(codebook)
        if url.pathExtension.lowercased() == "csv" {
            try gold.readCSV(url, codes: codeIndex)
        } else {
            gold.readProject(try QDPXReader.read(contentsOf: url), path: url.relativePath, codes: codeIndex)
        }
        return gold
    }

    /// The codes the human gave each segment of `document`, by segment index; `nil` when the gold
    /// standard does not cover the document (no source matches it, no CSV row names it), so that it
    /// is left out of the comparison rather than counted as coded with nothing.
    public func segmentCodes(for document: Document) -> [Int: Set<Int>]? {
        if let rows = table[document.id] { return rows }
        let layout = QDPXText(document)
        let names = Self.names(of: document.id)
        guard
            let source = sources.first(where: { names.contains($0.name) })
                ?? sources.first(where: { $0.text == layout.text })
        else { return nil }
        var coded: [Int: Set<Int>] = [:]
        for selection in source.selections {
            for segment in layout.segments(overlapping: selection.codePoints) {
                coded[segment, default: []].formUnion(selection.codes)
            }
        }
        return coded
    }

    /// The names a project may give the source of `id`: the id, its file name, and the name without
    /// extension.
    static func names(of id: String) -> Set<String> {
        let file = id.split(separator: "/").last.map(String.init) ?? id
        let stem = file.split(separator: ".").dropLast().joined(separator: ".")
        return [id, file, stem]
    }

    private mutating func readProject(_ project: QDPXProject, path: String, codes: CodeIndex) {
        warnings += project.warnings
        var mapped: [String: Int] = [:]
        for code in project.codes {
            if let index = codes.index(guid: code.guid, name: code.name) {
                mapped[code.guid] = index
            } else if code.isCodable {
                warnings.append(
                    Diagnostic(
                        .warning, SourceLocation(file: path),
                        "code '\(code.path.joined(separator: " / "))' is not in the codebook",
                        fix: "Its selections are left out; name the code like a code id or label to compare it."))
            }
        }
        for source in project.sources {
            let selections = source.selections.map { selection in
                (selection.codePoints, Set(selection.codes.compactMap { mapped[$0] }))
            }
            sources.append(Source(name: source.name, text: source.text, selections: selections))
        }
    }

    private mutating func readCSV(_ url: URL, codes: CodeIndex) throws {
        let path = url.relativePath
        let csv: CSV<Named>
        do {
            csv = try CSV<Named>(url: url)
        } catch {
            throw Diagnostic(
                .error, SourceLocation(file: path), "cannot be read as CSV (\(error))",
                fix: "Save it as UTF-8 CSV with the columns document,segment,code.")
        }
        guard ["document", "segment", "code"].allSatisfy(csv.header.contains) else {
            throw Diagnostic(
                .error, SourceLocation(file: path, line: 1), "the header is not document,segment,code",
                fix: "Name the columns document, segment (the index `tematik inspect` shows) and code.")
        }
        for (offset, row) in csv.rows.enumerated() {
            let line = offset + 2
            guard let document = row["document"], let segment = row["segment"].flatMap({ Int($0) }),
                let code = row["code"], let index = codes.index(guid: nil, name: code)
            else {
                warnings.append(
                    Diagnostic(
                        .warning, SourceLocation(file: path, line: line),
                        "row left out: no document, no segment number or an unknown code",
                        fix: "Give a document id, a segment index and a code id of the codebook."))
                continue
            }
            table[document, default: [:]][segment, default: []].insert(index)
        }
    }
}

/// Finds a codebook's code by Tematik's GUID for its id, by id, or by label in any language.
struct CodeIndex: Sendable {
    private var byGUID: [String: Int] = [:]
    private var byName: [String: Int] = [:]

    init(_ codebook: Codebook) {
        for (index, code) in codebook.codes.enumerated() {
            byGUID[QDCGUID.guid(for: code.id).lowercased()] = index
            for name in [code.id] + code.label.values.values.sorted() where byName[name.lowercased()] == nil {
                byName[name.lowercased()] = index
            }
        }
    }

    func index(guid: String?, name: String) -> Int? {
        if let guid, let index = byGUID[guid.lowercased()] { return index }
        return byName[name.trimmingCharacters(in: .whitespaces).lowercased()]
    }
}

extension QDPXText {
    /// The positions of the segments whose text overlaps `codePoints` of the exported text.
    func segments(overlapping codePoints: Range<Int>) -> [Int] {
        segmentStarts.indices.filter { position in
            let start = segmentStarts[position]
            return codePoints.overlaps(start..<(start + max(segmentLengths[position], 1)))
        }
    }
}
