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
            // A row per code and theme per document: bound through the C API, in batches, as segments and
            // codings are.
            let rows = try RowBatch<CountsRow>(db, table: "counts", columns: 9) { row, first, counts in
                row.bind(first + 1, counts.kind)
                row.bind(first + 2, counts.item)
                row.bind(first + 3, counts.document)
                row.bind(first + 4, counts.counts.references)
                row.bind(first + 5, counts.counts.segments)
                row.bind(first + 6, counts.counts.documents)
                row.bind(first + 7, counts.counts.documentPercent)
                row.bind(first + 8, counts.counts.respondents)
                row.bind(first + 9, counts.counts.rate)
            }
            for code in result.codes { try rows.add(CountsRow("code", code.id, nil, code.counts)) }
            for theme in result.themes { try rows.add(CountsRow("theme", theme.id, nil, theme.counts)) }
            for group in result.documents {
                for (code, counts) in zip(result.codes, group.codes) {
                    try rows.add(CountsRow("code", code.id, group.name, counts))
                }
                for (theme, counts) in zip(result.themes, group.themes) {
                    try rows.add(CountsRow("theme", theme.id, group.name, counts))
                }
            }
            try rows.finish()
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

    /// One row of `counts`: a code's or theme's counts in the corpus (`document` nil) or in one document.
    private struct CountsRow {
        var kind: String
        var item: String
        var document: String?
        var counts: Counts

        init(_ kind: String, _ item: String, _ document: String?, _ counts: Counts) {
            (self.kind, self.item, self.document, self.counts) = (kind, item, document, counts)
        }
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
