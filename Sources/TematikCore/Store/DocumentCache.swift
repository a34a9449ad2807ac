import Foundation
import GRDB

/// A cache of read and coded documents in an SQLite file of its own (by default `.tematik-cache.sqlite`),
/// so that an unchanged transcript is neither read nor coded again.
///
/// A read ``Document`` is valid while its id, file SHA-256, reading options (`optionsKey`, an opaque
/// string the caller builds from interviewer labels, names, `--include-interviewer` and pseudonymisation)
/// and the tool version are unchanged; its coding also needs the same codebook SHA-256. One entry is kept
/// per document id and kind, replaced on every store, so the file does not grow with edits.
///
/// Attributes from `metadata.csv` are not cached: a hit comes back with none, and the caller sets them.
/// Lookups never throw: an entry that cannot be read or decoded is a miss. Safe to call from many tasks:
/// lookups read side by side (a pool of read-only connections on the write-ahead log), stores take turns
/// on the one writer.
public struct DocumentCache: Sendable {
    private let connections: CacheFile.Connections
    private let toolVersion: String
    /// Values taken but not yet stored, or `nil` when a store is done before it returns.
    private let backlog: WriteBacklog?
    /// A warning when the file at the path was corrupt or foreign and has been replaced by an empty cache.
    public let diagnostics: [Diagnostic]

    /// Opens the cache at `path`, creating it when missing and rebuilding it when it is not a valid cache
    /// (not SQLite, another program's `application_id`, another schema version, or a failed
    /// `PRAGMA quick_check`).
    /// - Parameters:
    ///   - path: the cache file.
    ///   - toolVersion: Tematik's build (``ToolInfo/build``); entries from other builds are misses.
    ///   - backlog: How many values the stores may hand to the writer's thread before they wait for one to
    ///     be stored; 0 (the default) stores each before the call returns. With a backlog, ``drain()``
    ///     waits for the rest, and a lookup does not see a value still waiting.
    /// - Throws: a GRDB `DatabaseError` or file-system error when no cache can be made at `path`.
    public init(path: String, toolVersion: String, backlog: Int = 0) throws {
        let (connections, warning) = try CacheFile.open(path: path)
        self.connections = connections
        self.toolVersion = toolVersion
        self.backlog = backlog > 0 ? WriteBacklog(limit: backlog) : nil
        diagnostics = warning.map { [$0] } ?? []
    }

    /// The read document stored for these keys, or `nil`.
    public func lookupDocument(id: String, sha256: String, optionsKey: String) -> Document? {
        let keys = [id, sha256, optionsKey, toolVersion]
        let sql = "SELECT value FROM documents WHERE id = ? AND sha256 = ? AND options = ? AND tool = ?"
        guard let blob = value(sql, keys: keys), let value = CacheSeal.open(Array(blob), keys: keys) else { return nil }
        return CachedDocument.document(from: value, id: id, sha256: sha256)
    }

    /// Stores a read document under its id and SHA-256 and `optionsKey`, replacing the previous entry.
    /// - Throws: a GRDB `DatabaseError`.
    public func storeDocument(_ document: Document, optionsKey: String) throws {
        let keys = [document.id, document.sha256, optionsKey, toolVersion]
        let blob = Data(CacheSeal.seal(CachedDocument.bytes(of: document), keys: keys))
        try store(
            sql: "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?)",
            arguments: StatementArguments(keys + [blob]))
    }

    /// The coded document stored for these keys, or `nil`; its document comes from the same keys'
    /// read-document entry, so both must be current.
    /// - Parameter codebook: the codebook file's SHA-256.
    public func lookupCoding(id: String, sha256: String, optionsKey: String, codebook: String) -> CodedDocument? {
        lookupDocument(id: id, sha256: sha256, optionsKey: optionsKey).flatMap {
            lookupCoding(of: $0, optionsKey: optionsKey, codebook: codebook)
        }
    }

    /// The codings stored for `document` (as ``lookupDocument(id:sha256:optionsKey:)`` gave it) under
    /// these keys, or `nil`: a caller that has looked the document up does not read and check it again.
    func lookupCoding(of document: Document, optionsKey: String, codebook: String) -> CodedDocument? {
        let keys = [document.id, document.sha256, optionsKey, toolVersion, codebook]
        let sql = """
            SELECT value FROM codings WHERE id = ? AND sha256 = ? AND options = ? AND tool = ? AND codebook = ?
            """
        guard let blob = value(sql, keys: keys), let value = CacheSeal.open(Array(blob), keys: keys) else { return nil }
        return CachedCoding.coded(from: value, document: document)
    }

    /// Stores a coded document's codings under its keys, replacing the previous entry. Its read document
    /// is not stored again: store it with ``storeDocument(_:optionsKey:)`` under the same keys, or take it
    /// from there, else ``lookupCoding(id:sha256:optionsKey:codebook:)`` finds nothing.
    /// - Parameter codebook: the codebook file's SHA-256.
    /// - Throws: a GRDB `DatabaseError`.
    public func storeCoding(_ coded: CodedDocument, optionsKey: String, codebook: String) throws {
        let keys = [coded.document.id, coded.document.sha256, optionsKey, toolVersion, codebook]
        let blob = Data(CacheSeal.seal(CachedCoding.bytes(of: coded), keys: keys))
        try store(
            sql: "INSERT OR REPLACE INTO codings VALUES (?, ?, ?, ?, ?, ?)",
            arguments: StatementArguments(keys + [blob]))
    }

    /// The value of the row `sql` selects by `keys`, or `nil`. One statement reads consistently on its
    /// own, so it runs without a transaction around it, and it is prepared once per connection.
    private func value(_ sql: String, keys: [String]) -> Data? {
        let blob = try? connections.readers.unsafeRead { db in
            try Data.fetchOne(db.cachedStatement(sql: sql), arguments: StatementArguments(keys))
        }
        return blob ?? nil
    }

    /// Runs one store, a statement that is its own transaction, on the writer's thread when there is a
    /// backlog.
    private func store(sql: String, arguments: StatementArguments) throws {
        let execute = { @Sendable (db: Database) in try db.cachedStatement(sql: sql).execute(arguments: arguments) }
        guard let backlog else { return try connections.writer.writeWithoutTransaction(execute) }
        try backlog.reserve()
        connections.writer.asyncWriteWithoutTransaction { db in backlog.release(Result { try execute(db) }) }
    }

    /// Waits until every value handed to the writer's thread is stored.
    /// - Throws: the first failure of a store since the cache was opened.
    public func drain() throws {
        connections.writer.writeWithoutTransaction { _ in }  // Runs after every store queued before it.
        try backlog?.check()
    }
}

extension DocumentCache {
    /// The record of the last run that wrote the report folder `output`, or `nil`.
    func report(output: String) -> ReportRecord? {
        guard let blob = value("SELECT value FROM reports WHERE output = ?", keys: [output]) else { return nil }
        return try? JSONDecoder().decode(ReportRecord.self, from: blob)
    }

    /// Keeps `record` as the last run that wrote the report folder `output`, replacing the one before.
    /// - Throws: a GRDB `DatabaseError` or an encoding error.
    func storeReport(_ record: ReportRecord, output: String) throws {
        let blob = try JSONEncoder().encode(record)
        try connections.writer.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO reports VALUES (?, ?)", arguments: [output, blob])
        }
    }
}
