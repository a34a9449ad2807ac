import Foundation
import GRDB

extension ReportStore {
    /// Writes the counts, the co-occurrences and `meta`, creates the indexes, closes the database and renames
    /// it onto its path: ``complete(_:)``, then the rename, for a caller that puts nothing else in place with it.
    /// - Throws: a GRDB `DatabaseError`, or a file-system error when the rename fails.
    public func finish(_ result: AnalysisResult) throws {
        try complete(result)
        try rename()
    }

    /// The database under its temporary name and the path it is to be renamed onto once ``complete(_:)``
    /// has returned.
    var finished: (temporary: URL, target: URL) {
        (URL(fileURLWithPath: temporaryPath), URL(fileURLWithPath: path))
    }

    /// Writes the counts, the co-occurrences and `meta`, creates the indexes and closes the database, under
    /// its temporary name (``finished``).
    ///
    /// `counts` gets one row per code and per theme for the corpus (`document` NULL) and one per document
    /// of ``AnalysisResult/documents``. `meta` holds `schema_version`, `tool_version`, `codebook_sha256`,
    /// `cooccurrence_unit` and `cooccurrence_units`.
    /// - Throws: a GRDB `DatabaseError`.
    func complete(_ result: AnalysisResult) throws {
        try drain()
        try queue.write { db in
            // A row per code and theme per document: bound through the C API, as segments and codings are.
            let row = try InsertStatement(db, sql: "INSERT INTO counts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            func insert(_ kind: String, _ item: String, _ document: String?, _ counts: Counts) throws {
                row.bind(1, kind)
                row.bind(2, item)
                row.bind(3, document)
                row.bind(4, counts.references)
                row.bind(5, counts.segments)
                row.bind(6, counts.documents)
                row.bind(7, counts.documentPercent)
                row.bind(8, counts.respondents)
                row.bind(9, counts.rate)
                try row.run()
            }
            for code in result.codes { try insert("code", code.id, nil, code.counts) }
            for theme in result.themes { try insert("theme", theme.id, nil, theme.counts) }
            for group in result.documents {
                for (code, counts) in zip(result.codes, group.codes) { try insert("code", code.id, group.name, counts) }
                for (theme, counts) in zip(result.themes, group.themes) {
                    try insert("theme", theme.id, group.name, counts)
                }
            }
            let pair = try db.makeStatement(sql: "INSERT INTO cooccurrence VALUES (?, ?, ?, ?, ?, ?, ?)")
            for (kind, pairs) in [("code", result.cooccurrence.codePairs), ("theme", result.cooccurrence.themePairs)] {
                for item in pairs {
                    try pair.execute(arguments: [kind, item.a, item.b, item.both, item.either, item.jaccard, item.lift])
                }
            }
            let meta = [
                ("schema_version", String(ReportSchema.version)), ("tool_version", toolVersion),
                ("codebook_sha256", codebookSHA256), ("cooccurrence_unit", result.cooccurrence.unit.name),
                ("cooccurrence_units", String(result.cooccurrence.units)),
            ]
            for (key, value) in meta {
                try db.execute(sql: "INSERT INTO meta VALUES (?, ?)", arguments: [key, value])
            }
            for statement in ReportSchema.indexes { try db.execute(sql: statement) }
        }
        try queue.close()
    }

    /// Closes the database and renames it onto its path without the counts, co-occurrences and `meta` that
    /// ``finish(_:)`` adds: a shard's documents, attributes, segments and codings, for `tematik merge` to copy.
    /// - Throws: a GRDB `DatabaseError`, or a file-system error when the rename fails.
    func finishShard() throws {
        try drain()
        try queue.close()
        try rename()
    }

    private func rename() throws {
        try OutputGate.pass {
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            try FileManager.default.moveItem(atPath: temporaryPath, toPath: path)
        }
    }
}

extension ReportStore {
    /// Closes and deletes the unfinished database, leaving any earlier `tematik.sqlite` as it was; for a
    /// run that stops before ``finish(_:)``.
    public func discard() {
        try? queue.close()
        try? FileManager.default.removeItem(atPath: temporaryPath)
    }
}
