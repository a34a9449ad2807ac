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
/// Lookups never throw: an entry that cannot be read or decoded is a miss. Safe to call from many tasks;
/// GRDB's queue serialises the calls.
public struct DocumentCache: Sendable {
    private let queue: DatabaseQueue
    private let toolVersion: String
    /// A warning when the file at the path was corrupt or foreign and has been replaced by an empty cache.
    public let diagnostics: [Diagnostic]

    /// Opens the cache at `path`, creating it when missing and rebuilding it when it is not a valid cache
    /// (not SQLite, another program's `application_id`, another schema version, or a failed
    /// `PRAGMA quick_check`).
    /// - Parameters:
    ///   - path: the cache file.
    ///   - toolVersion: Tematik's build (``ToolInfo/build``); entries from other builds are misses.
    /// - Throws: a GRDB `DatabaseError` or file-system error when no cache can be made at `path`.
    public init(path: String, toolVersion: String) throws {
        let (queue, warning) = try CacheFile.open(path: path)
        self.queue = queue
        self.toolVersion = toolVersion
        diagnostics = warning.map { [$0] } ?? []
    }

    /// The read document stored for these keys, or `nil`.
    public func lookupDocument(id: String, sha256: String, optionsKey: String) -> Document? {
        let keys = [id, sha256, optionsKey, toolVersion]
        let blob = try? queue.read { db in
            try Data.fetchOne(
                db, sql: "SELECT value FROM documents WHERE id = ? AND sha256 = ? AND options = ? AND tool = ?",
                arguments: StatementArguments(keys))
        }
        guard let blob = blob ?? nil, let value = CacheSeal.open(Array(blob), keys: keys) else { return nil }
        return CachedDocument.document(from: value, id: id, sha256: sha256)
    }

    /// Stores a read document under its id and SHA-256 and `optionsKey`, replacing the previous entry.
    /// - Throws: a GRDB `DatabaseError`.
    public func storeDocument(_ document: Document, optionsKey: String) throws {
        let keys = [document.id, document.sha256, optionsKey, toolVersion]
        let blob = Data(CacheSeal.seal(CachedDocument.bytes(of: document), keys: keys))
        try queue.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?)",
                arguments: StatementArguments(keys + [blob]))
        }
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
        let blob = try? queue.read { db in
            try Data.fetchOne(
                db,
                sql: """
                    SELECT value FROM codings WHERE id = ? AND sha256 = ? AND options = ? AND tool = ?
                    AND codebook = ?
                    """, arguments: StatementArguments(keys))
        }
        guard let blob = blob ?? nil, let value = CacheSeal.open(Array(blob), keys: keys) else { return nil }
        return CachedCoding.coded(from: value, document: document)
    }

    /// Stores a coded document's codings under its keys, replacing the previous entry. Its read document
    /// is not stored again: store it with ``storeDocument(_:optionsKey:)`` under the same keys, or take it
    /// from there, else ``lookupCoding(id:sha256:optionsKey:codebook:)`` finds nothing.
    /// - Parameter codebook: the codebook file's SHA-256.
    /// - Throws: a GRDB `DatabaseError`.
    public func storeCoding(_ coded: CodedDocument, optionsKey: String, codebook: String) throws {
        let keys = [coded.document.id, coded.document.sha256, optionsKey, toolVersion, codebook]
        let codingBlob = Data(CacheSeal.seal(CachedCoding.bytes(of: coded), keys: keys))
        try queue.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO codings VALUES (?, ?, ?, ?, ?, ?)",
                arguments: StatementArguments(keys + [codingBlob]))
        }
    }
}

extension DocumentCache {
    /// The record of the last run that wrote the report folder `output`, or `nil`.
    func report(output: String) -> ReportRecord? {
        let blob = try? queue.read { db in
            try Data.fetchOne(db, sql: "SELECT value FROM reports WHERE output = ?", arguments: [output])
        }
        guard let blob = blob ?? nil else { return nil }
        return try? JSONDecoder().decode(ReportRecord.self, from: blob)
    }

    /// Keeps `record` as the last run that wrote the report folder `output`, replacing the one before.
    /// - Throws: a GRDB `DatabaseError` or an encoding error.
    func storeReport(_ record: ReportRecord, output: String) throws {
        let blob = try JSONEncoder().encode(record)
        try queue.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO reports VALUES (?, ?)", arguments: [output, blob])
        }
    }
}
