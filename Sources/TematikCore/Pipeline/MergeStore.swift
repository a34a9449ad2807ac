import Foundation
import GRDB

/// Fills the merged `tematik.sqlite` with the rows of the shards' `store.sqlite` files.
///
/// Each shard is attached in turn and its tables copied whole, one `INSERT … SELECT` per table. Rows thus
/// go in shard by shard, not in the global document-id order of one run, so their rowids differ from one
/// run's; no column refers to a rowid and every table has a primary key, so any query gives the same rows
/// as over one run's store (in the same order whenever it says `ORDER BY`). Copying per shard, rather than
/// per document across every shard at once, needs one attachment at a time: SQLite attaches at most ten.
enum MergeStore {
    /// The tables a shard fills, in an order that satisfies the foreign keys. The codebook's tables are
    /// written by the merged store itself; the result tables by ``ReportStore/finish(_:)``.
    static let tables = ["documents", "document_attributes", "segments", "codings"]

    /// Refuses, before anything is written, a shard without `store.sqlite`.
    /// - Throws: a ``ConfigurationError`` naming the file.
    static func checkFiles(_ partials: [(folder: URL, header: PartialHeader)]) throws {
        for (folder, _) in partials {
            let url = folder.appendingPathComponent(PartialHeader.storeFileName)
            // ATTACH would create a missing file empty, and the shard's rows would silently be left out.
            guard FileManager.default.fileExists(atPath: url.path) else { throw damaged(url, "is missing") }
        }
    }

    /// Copies every shard's rows into `store`, checking that each holds the documents its header lists.
    /// - Throws: a ``ConfigurationError`` naming a shard's file that cannot be read or holds other documents.
    static func copy(_ partials: [(folder: URL, header: PartialHeader)], into store: ReportStore) throws {
        for (folder, header) in partials {
            let url = folder.appendingPathComponent(PartialHeader.storeFileName)
            do {
                try store.queue.writeWithoutTransaction { db in
                    // ATTACH cannot run inside a transaction, so the copy opens its own after it.
                    try db.execute(sql: "ATTACH DATABASE ? AS shard", arguments: [url.path])
                    defer { try? db.execute(sql: "DETACH DATABASE shard") }
                    // SQLite compares TEXT bytewise, as the ids are sorted (by UTF-8 bytes).
                    let ids = try String.fetchAll(db, sql: "SELECT id FROM shard.documents ORDER BY id")
                    guard ids == header.documents.map(\.id) else {
                        throw damaged(url, "holds other documents than partial.json lists")
                    }
                    try db.inTransaction {
                        for table in tables {
                            try db.execute(sql: "INSERT INTO main.\(table) SELECT * FROM shard.\(table)")
                        }
                        return .commit
                    }
                }
            } catch let error as ConfigurationError {
                throw error
            } catch {
                throw damaged(url, "cannot be read (\(error))")
            }
        }
    }

    private static func damaged(_ url: URL, _ problem: String) -> ConfigurationError {
        ConfigurationError([
            Diagnostic(
                .error, SourceLocation(file: url.relativePath), problem,
                fix: "Run that shard again; its folder is incomplete or was changed.")
        ])
    }
}
