import Foundation
import GRDB

/// Writes `tematik.sqlite`: the coded corpus and its counts as SQL tables (see ``ReportSchema``).
///
/// Fed one document at a time (``add(_:)``), then the analysis (``finish(_:)``), so it fits a streaming
/// pipeline. With a backlog, documents are inserted on the database's own thread while the caller goes
/// on. The database is built under a temporary name next to `path` and renamed onto it by ``finish(_:)``,
/// so a reader never sees half a file. Rows hold no time stamps and keys are ids, so
/// two runs over the same inputs give the same rows (SQLite's pages may still differ).
public struct ReportStore: Sendable {
    let queue: DatabaseQueue
    let path: String
    let temporaryPath: String
    /// The codebook's code ids as UTF-8, by code index.
    let codeIDs: [[UInt8]]
    let codebookSHA256: String
    let toolVersion: String
    /// Documents taken but not yet inserted, or `nil` when ``add(_:)`` inserts before it returns.
    let backlog: WriteBacklog?

    /// Creates the database under a temporary name and writes the codebook's themes and codes.
    /// - Parameters:
    ///   - path: where `tematik.sqlite` goes; replaced by ``finish(_:)``.
    ///   - codebook: the codebook the documents were coded with; labels are in its language.
    ///   - toolVersion: Tematik's version, for `meta`.
    ///   - backlog: How many documents ``add(_:)`` may hand to the database's thread before it waits for
    ///     one to be inserted; 0 (the default) inserts each before ``add(_:)`` returns.
    /// - Throws: a GRDB `DatabaseError` or a file-system error when the file cannot be created.
    public init(path: String, codebook: Codebook, toolVersion: String, backlog: Int = 0) throws {
        self.backlog = backlog > 0 ? WriteBacklog(limit: backlog) : nil
        self.path = path
        temporaryPath = path + ".partial"
        codeIDs = codebook.codes.map { Array($0.id.utf8) }
        codebookSHA256 = codebook.sha256
        self.toolVersion = toolVersion
        try? FileManager.default.removeItem(atPath: temporaryPath)
        var configuration = Configuration()
        // The foreign keys are declared for readers, and ``add(_:)`` checks the two a coding has itself:
        // SQLite's own checks were a third of the time spent inserting.
        configuration.foreignKeysEnabled = false
        // The file is built under a temporary name and renamed when finished; a run that fails deletes it.
        // So a rollback journal and a sync per document (about half the run's wall time) buy nothing.
        // Documents go into one transaction, left open between calls of ``add(_:)`` and committed by
        // ``drain()``: a commit per document wrote the last, partly filled page of every table again each
        // time (115 MB written for a 40 MB file, 45 MB with one transaction).
        configuration.allowsUnsafeTransactions = true
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = OFF")
            try db.execute(sql: "PRAGMA synchronous = OFF")
            // Rows of turns run to several hundred bytes: on 16 KiB pages instead of 4 KiB, a B-tree is
            // split and rebalanced a quarter as often (a fifth less CPU time for the whole run); on 64 KiB
            // pages, SQLite's largest, the kernel's time for writing the file fell by a third again (perf,
            // a --jobs 1 run over 200 MB: 875 against 607 samples, SQLite's own the same; the file 2 % larger).
            try db.execute(sql: "PRAGMA page_size = 65536")
        }
        let temporaryPath = temporaryPath
        queue = try OutputGate.pass { try DatabaseQueue(path: temporaryPath, configuration: configuration) }
        try queue.write { db in
            for statement in ReportSchema.tables { try db.execute(sql: statement) }
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

    /// Inserts a document, its attributes, segments and codings; with a backlog, it hands them to the
    /// database's thread and returns, once fewer than the backlog's documents wait. Documents go into one
    /// transaction, begun by the first and committed when the store is finished.
    /// - Throws: a GRDB `DatabaseError`, for instance when the document id was added before or a coding
    ///   names a code or segment that does not exist (codings must be sorted by segment, as the coder
    ///   makes them); the store must then be discarded. With a backlog, a failure is thrown by the next
    ///   call or by ``finish(_:)``.
    public func add(_ coded: CodedDocument) throws {
        guard let backlog else { return try queue.writeWithoutTransaction { db in try insertInTransaction(coded, db) } }
        try backlog.reserve()
        queue.asyncWriteWithoutTransaction { db in
            backlog.release(Result { try insertInTransaction(coded, db) })
        }
    }

    private func insertInTransaction(_ coded: CodedDocument, _ db: Database) throws {
        if !db.isInsideTransaction { try db.beginTransaction() }
        try insert(coded, into: db)
    }

    /// Waits until every document taken is inserted, and commits them.
    /// - Throws: the first failure of an insert, or of the commit.
    func drain() throws {
        // Runs after every insert queued before it.
        try queue.writeWithoutTransaction { db in
            try backlog?.check()
            if db.isInsideTransaction { try db.commit() }
        }
    }

    private func insert(_ coded: CodedDocument, into db: Database) throws {
        let document = coded.document
        let words = coded.wordCounts.reduce(0, +)
        let unitWords = zip(coded.wordCounts, coded.isUnit).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }
        try db.cachedStatement(sql: "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?)").execute(
            arguments: [
                document.id, document.format.rawValue, document.sha256, document.encoding,
                document.segments.count, words, unitWords,
            ])
        // Blank values count as missing, as in the analysis, so they get no row.
        let attributes = document.attributes.filter { !$0.value.allSatisfy(\.isWhitespace) }
        for (name, value) in attributes.sorted(by: { $0.key < $1.key }) {
            try db.cachedStatement(sql: "INSERT INTO document_attributes VALUES (?, ?, ?)").execute(
                arguments: [document.id, name, value])
        }
        let segmentRow = try InsertStatement(db, sql: "INSERT INTO segments VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        let codingRow = try InsertStatement(db, sql: "INSERT INTO codings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        let codings = coded.codings
        var next = 0  // the first coding not inserted yet; codings are sorted by segment
        // The document id, the code ids and each segment's text are bound where they are (every row runs
        // inside these closures), not copied for every row.
        var id = document.id
        try id.withUTF8 { id in
            try codeIDs.withUnsafeBufferPointer { codeIDs in
                for (position, segment) in document.segments.enumerated() {
                    let isUnit = position < coded.isUnit.count && coded.isUnit[position]
                    let wordCount = position < coded.wordCounts.count ? coded.wordCounts[position] : 0
                    var text = segment.text
                    try text.withUTF8 { text in
                        segmentRow.bind(1, borrowing: id)
                        segmentRow.bind(2, segment.index)
                        segmentRow.bind(3, segment.speaker)
                        segmentRow.bind(4, segment.role.rawValue)
                        segmentRow.bind(5, isUnit ? 1 : 0)
                        segmentRow.bind(6, wordCount)
                        segmentRow.bind(7, segment.line)
                        segmentRow.bind(8, segment.start)
                        segmentRow.bind(9, segment.end)
                        segmentRow.bind(10, borrowing: text)
                        try segmentRow.run()
                        while next < codings.count, codings[next].segment == position {
                            let row = CodingRow(document: id, ordinal: next, text: text, codeIDs: codeIDs)
                            try insert(codings[next], row, into: codingRow)
                            next += 1
                        }
                    }
                }
            }
        }
        if next < codings.count {
            throw Self.brokenKey(
                "coding \(next) of '\(document.id)' names segment \(codings[next].segment), which it lacks")
        }
    }

    /// What a coding's row takes from its document, bound in place: the id, the segment's text, the code ids.
    private struct CodingRow {
        var document: UnsafeBufferPointer<UInt8>
        var ordinal: Int
        var text: UnsafeBufferPointer<UInt8>
        var codeIDs: UnsafeBufferPointer<[UInt8]>
    }

    private func insert(_ coding: Coding, _ row: CodingRow, into statement: InsertStatement) throws {
        guard row.codeIDs.indices.contains(coding.code) else {
            let document = String(decoding: row.document, as: UTF8.self)
            throw Self.brokenKey(
                "coding \(row.ordinal) of '\(document)' names code \(coding.code), which the codebook lacks")
        }
        try row.codeIDs[coding.code].withUnsafeBufferPointer { code in
            statement.bind(1, borrowing: row.document)
            statement.bind(2, row.ordinal)
            statement.bind(3, coding.segment)
            statement.bind(4, borrowing: code)
            statement.bind(5, coding.pattern)
            statement.bind(6, coding.tokens.lowerBound)
            statement.bind(7, coding.tokens.upperBound)
            statement.bind(8, coding.bytes.lowerBound)
            statement.bind(9, coding.bytes.upperBound)
            // The text a coding covers; empty when its byte range is out of bounds.
            let inBounds = coding.bytes.lowerBound >= 0 && coding.bytes.upperBound <= row.text.count
            statement.bind(10, borrowing: inBounds ? UnsafeBufferPointer(rebasing: row.text[coding.bytes]) : .empty)
            try statement.run()
        }
    }

    /// The error SQLite gives for a broken foreign key, for the keys ``add(_:)`` checks itself.
    private static func brokenKey(_ message: String) -> DatabaseError {
        DatabaseError(resultCode: .SQLITE_CONSTRAINT_FOREIGNKEY, message: message)
    }
}
