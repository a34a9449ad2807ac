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
    /// The codebook's code ids as UTF-8, end to end, and each one's place in them, by code index: one
    /// buffer, so that a batch of codings can borrow them all until it is inserted.
    let codeIDBytes: [UInt8]
    let codeIDRanges: [Range<Int>]
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
        var codeIDBytes: [UInt8] = []
        codeIDRanges = codebook.codes.map { code in
            let start = codeIDBytes.count
            codeIDBytes += code.id.utf8
            return start..<codeIDBytes.count
        }
        self.codeIDBytes = codeIDBytes
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
        let codings = coded.codings
        try check(codings, of: document)
        // The segments' texts end to end, so that every row of a batch, and every coding, can borrow its
        // text until the batch is inserted; so are the document id and the code ids.
        var texts: [UInt8] = []
        var starts: [Int] = []
        texts.reserveCapacity(document.segments.reduce(0) { $0 + $1.text.utf8.count })
        for segment in document.segments {
            starts.append(texts.count)
            texts += segment.text.utf8
        }
        starts.append(texts.count)
        var id = document.id
        let codeIDRanges = codeIDRanges
        try id.withUTF8 { id in
            try texts.withUnsafeBufferPointer { texts in
                try codeIDBytes.withUnsafeBufferPointer { codeIDs in
                    func text(of position: Int) -> UnsafeBufferPointer<UInt8> {
                        UnsafeBufferPointer(rebasing: texts[starts[position]..<starts[position + 1]])
                    }
                    let segments = try RowBatch<Int>(db, table: "segments", columns: 10) { row, first, position in
                        let segment = document.segments[position]
                        row.bind(first + 1, borrowing: id)
                        row.bind(first + 2, segment.index)
                        row.bind(first + 3, segment.speaker)
                        row.bind(first + 4, segment.role.rawValue)
                        row.bind(first + 5, position < coded.isUnit.count && coded.isUnit[position] ? 1 : 0)
                        row.bind(first + 6, position < coded.wordCounts.count ? coded.wordCounts[position] : 0)
                        row.bind(first + 7, segment.line)
                        row.bind(first + 8, segment.start)
                        row.bind(first + 9, segment.end)
                        row.bind(first + 10, borrowing: text(of: position))
                    }
                    for position in document.segments.indices { try segments.add(position) }
                    try segments.finish()
                    let rows = try RowBatch<Int>(db, table: "codings", columns: 10) { row, first, ordinal in
                        let coding = codings[ordinal]
                        let text = text(of: coding.segment)
                        row.bind(first + 1, borrowing: id)
                        row.bind(first + 2, ordinal)
                        row.bind(first + 3, coding.segment)
                        let code = UnsafeBufferPointer(rebasing: codeIDs[codeIDRanges[coding.code]])
                        row.bind(first + 4, borrowing: code)
                        row.bind(first + 5, coding.pattern)
                        row.bind(first + 6, coding.tokens.lowerBound)
                        row.bind(first + 7, coding.tokens.upperBound)
                        row.bind(first + 8, coding.bytes.lowerBound)
                        row.bind(first + 9, coding.bytes.upperBound)
                        // The text a coding covers; empty when its byte range is out of bounds.
                        let inBounds = coding.bytes.lowerBound >= 0 && coding.bytes.upperBound <= text.count
                        let covered = inBounds ? UnsafeBufferPointer(rebasing: text[coding.bytes]) : .empty
                        row.bind(first + 10, borrowing: covered)
                    }
                    for ordinal in codings.indices { try rows.add(ordinal) }
                    try rows.finish()
                }
            }
        }
    }

    /// Checks the two keys a coding has itself, which SQLite is not asked to check: its segment, in
    /// order, and its code.
    private func check(_ codings: [Coding], of document: Document) throws {
        var previous = 0
        for (ordinal, coding) in codings.enumerated() {
            guard document.segments.indices.contains(coding.segment), coding.segment >= previous else {
                throw Self.brokenKey(
                    "coding \(ordinal) of '\(document.id)' names segment \(coding.segment), which it lacks "
                        + "(codings come sorted by segment)")
            }
            guard codeIDRanges.indices.contains(coding.code) else {
                throw Self.brokenKey(
                    "coding \(ordinal) of '\(document.id)' names code \(coding.code), which the codebook lacks")
            }
            previous = coding.segment
        }
    }

    /// The error SQLite gives for a broken foreign key, for the keys ``add(_:)`` checks itself.
    private static func brokenKey(_ message: String) -> DatabaseError {
        DatabaseError(resultCode: .SQLITE_CONSTRAINT_FOREIGNKEY, message: message)
    }
}
