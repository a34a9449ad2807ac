import Foundation
import GRDB

/// Writes `tematik.sqlite`: the coded corpus and its counts as SQL tables (see ``ReportSchema``).
///
/// Fed one document at a time (``add(_:)``), then the analysis (``finish(_:)``), so it fits a streaming
/// pipeline. The database is built under a temporary name next to `path` and renamed onto it by
/// ``finish(_:)``, so a reader never sees half a file. Rows hold no time stamps and keys are ids, so
/// two runs over the same inputs give the same rows (SQLite's pages may still differ).
public struct ReportStore: Sendable {
    let queue: DatabaseQueue
    let path: String
    let temporaryPath: String
    let codeIDs: [String]
    let codebookSHA256: String
    let toolVersion: String

    /// Creates the database under a temporary name and writes the codebook's themes and codes.
    /// - Parameters:
    ///   - path: where `tematik.sqlite` goes; replaced by ``finish(_:)``.
    ///   - codebook: the codebook the documents were coded with; labels are in its language.
    ///   - toolVersion: Tematik's version, for `meta`.
    /// - Throws: a GRDB `DatabaseError` or a file-system error when the file cannot be created.
    public init(path: String, codebook: Codebook, toolVersion: String) throws {
        self.path = path
        temporaryPath = path + ".partial"
        codeIDs = codebook.codes.map(\.id)
        codebookSHA256 = codebook.sha256
        self.toolVersion = toolVersion
        try? FileManager.default.removeItem(atPath: temporaryPath)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        queue = try DatabaseQueue(path: temporaryPath, configuration: configuration)
        try queue.write { db in
            for statement in ReportSchema.statements { try db.execute(sql: statement) }
            try Self.insert(codebook, into: db)
        }
    }

    private static func insert(_ codebook: Codebook, into db: Database) throws {
        let language = codebook.language
        for (position, theme) in codebook.themes.enumerated() {
            try db.execute(
                sql: "INSERT INTO themes VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    theme.id, position, theme.label.text(in: language),
                    theme.description.text(in: language), theme.color,
                ])
        }
        for (position, code) in codebook.codes.enumerated() {
            try db.execute(
                sql: "INSERT INTO codes VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    code.id, position, code.theme, code.label.text(in: language),
                    code.description.text(in: language),
                ])
        }
    }

    /// Inserts a document, its attributes, segments and codings in one transaction.
    /// - Throws: a GRDB `DatabaseError`, for instance when the document id was added before or a coding
    ///   names a code or segment that does not exist.
    public func add(_ coded: CodedDocument) throws {
        let document = coded.document
        let words = coded.wordCounts.reduce(0, +)
        let unitWords = zip(coded.wordCounts, coded.isUnit).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }
        try queue.write { db in
            try db.execute(
                sql: "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [
                    document.id, document.format.rawValue, document.sha256, document.encoding,
                    document.segments.count, words, unitWords,
                ])
            // Blank values count as missing, as in the analysis, so they get no row.
            let attributes = document.attributes.filter { !$0.value.allSatisfy(\.isWhitespace) }
            for (name, value) in attributes.sorted(by: { $0.key < $1.key }) {
                try db.execute(
                    sql: "INSERT INTO document_attributes VALUES (?, ?, ?)",
                    arguments: [document.id, name, value])
            }
            let segmentRow = try db.makeStatement(sql: "INSERT INTO segments VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            for (position, segment) in document.segments.enumerated() {
                let isUnit = position < coded.isUnit.count && coded.isUnit[position]
                let wordCount = position < coded.wordCounts.count ? coded.wordCounts[position] : 0
                try segmentRow.execute(arguments: [
                    document.id, segment.index, segment.speaker, segment.role.rawValue, isUnit, wordCount,
                    segment.line, segment.start, segment.end, segment.text,
                ])
            }
            let codingRow = try db.makeStatement(sql: "INSERT INTO codings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            for (ordinal, coding) in coded.codings.enumerated() {
                let code = coding.code < codeIDs.count ? codeIDs[coding.code] : "#\(coding.code)"
                try codingRow.execute(arguments: [
                    document.id, ordinal, coding.segment, code, coding.pattern, coding.tokens.lowerBound,
                    coding.tokens.upperBound, coding.bytes.lowerBound, coding.bytes.upperBound,
                    Self.matchedText(coding, in: document),
                ])
            }
        }
    }

    /// The text a coding covers; empty when its segment or byte range is out of bounds.
    private static func matchedText(_ coding: Coding, in document: Document) -> String {
        guard let segment = document.segments.first(where: { $0.index == coding.segment }) else { return "" }
        let bytes = Array(segment.text.utf8)
        guard coding.bytes.lowerBound >= 0, coding.bytes.upperBound <= bytes.count else { return "" }
        return String(decoding: bytes[coding.bytes], as: UTF8.self)
    }
}
