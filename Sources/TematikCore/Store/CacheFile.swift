import Foundation
import GRDB

/// Opens the cache's SQLite file, and checks that it is one: a corrupt or foreign file is reported and
/// replaced, never trusted.
enum CacheFile {
    /// `TMTC` as a big-endian integer: SQLite's `application_id`, which marks the file as a Tematik cache.
    static let applicationID: Int32 = 0x544D_5443
    /// The layout of the tables; a file with another `user_version` is rebuilt.
    static let schemaVersion = 4

    static let statements = [
        """
        CREATE TABLE documents (id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, options TEXT NOT NULL,
            tool TEXT NOT NULL, value BLOB NOT NULL)
        """,
        """
        CREATE TABLE codings (id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, options TEXT NOT NULL,
            tool TEXT NOT NULL, codebook TEXT NOT NULL, value BLOB NOT NULL)
        """,
        "CREATE TABLE reports (output TEXT PRIMARY KEY, value BLOB NOT NULL)",
        "PRAGMA application_id = \(applicationID)",
        "PRAGMA user_version = \(schemaVersion)",
    ]

    /// The connections of a cache: one that writes, and a pool of read-only ones that look values up side
    /// by side while it stores (the file is in write-ahead-log mode).
    final class Connections: Sendable {
        let writer: DatabaseQueue
        let readers: DatabasePool

        init(writer: DatabaseQueue, readers: DatabasePool) {
            (self.writer, self.readers) = (writer, readers)
        }

        /// Closes the readers first, so that the writer is the last connection: closing, it moves the log
        /// into the file and deletes it, which a read-only connection cannot do.
        deinit { try? readers.close() }
    }

    /// Connections on a valid cache at `path`, and a warning when the file there had to be replaced.
    /// - Throws: a GRDB `DatabaseError` or file-system error when even a fresh file cannot be made.
    static func open(path: String) throws -> (Connections, Diagnostic?) {
        var warning: Diagnostic?
        var isNew = !FileManager.default.fileExists(atPath: path)
        if !isNew, let problem = problem(at: path) {
            warning = Diagnostic(
                .warning, SourceLocation(file: path), "the cache file \(problem), so it was rebuilt",
                fix: "Nothing to do; every document is read again this time. Point --cache at a file of its own.")
            for suffix in ["", "-journal", "-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: path + suffix)
            }
            isNew = true
        }
        let writer = try DatabaseQueue(path: path, configuration: writing)
        if isNew {
            try writer.write { db in
                for statement in statements { try db.execute(sql: statement) }
            }
        }
        var reading = Configuration()
        // Read-only, so GRDB does not set the file up as a pool's writer would: that syncs the log
        // (`synchronous = NORMAL`) and writes to it at every opening, and a run right after one that wrote
        // a large report waited a second for the disk there.
        reading.readonly = true
        let readers = try DatabasePool(path: path, configuration: reading)
        return (Connections(writer: writer, readers: readers), warning)
    }

    /// Write-ahead logging, so that lookups read while the writer stores, without syncs. Each document is
    /// stored in its own transaction, and a rollback journal synced for each (SQLite's default) cost more
    /// than reading the document again. With the log synced at each checkpoint instead (`synchronous =
    /// NORMAL`), the first run with the cache over 200 MB still waited about 2.3 s for the disk, for a file
    /// that only saves time. After a power cut the file may be damaged, which `PRAGMA quick_check` finds
    /// when it is opened (it is then rebuilt), or hold a value half written or an older page, which the
    /// value's checksum turns into a miss (``CacheSeal``).
    private static var writing: Configuration {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = OFF")
        }
        return configuration
    }

    /// Why the file at `path` is not a usable cache, or `nil` when it is one.
    private static func problem(at path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "cannot be read" }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        try? handle.close()
        guard head.elementsEqual(Array("SQLite format 3\0".utf8)) else { return "is not an SQLite database" }
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                guard try Int32.fetchOne(db, sql: "PRAGMA application_id") == applicationID else {
                    return "belongs to another program"
                }
                guard try Int.fetchOne(db, sql: "PRAGMA user_version") == schemaVersion else {
                    return "was written by another version of Tematik"
                }
                guard try String.fetchOne(db, sql: "PRAGMA quick_check") == "ok" else { return "is damaged" }
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                guard Set(tables).isSuperset(of: ["documents", "codings", "reports"]) else { return "lacks its tables" }
                return nil
            }
        } catch {
            return "is damaged (\(error))"
        }
    }
}
