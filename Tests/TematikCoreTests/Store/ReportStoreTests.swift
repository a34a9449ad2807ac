import Foundation
import GRDB
import Testing

@testable import TematikCore

/// `tematik.sqlite` built from the hand-made analysis corpus (see ``AnalysisFixture``).
struct ReportStoreTests {
    /// Writes the fixture corpus into `tematik.sqlite` in `folder` and opens it for reading.
    private func build(in folder: TemporaryFolder, backlog: Int = 0) throws -> DatabaseQueue {
        let path = folder.url.appendingPathComponent("tematik.sqlite").path
        let store = try ReportStore(
            path: path, codebook: AnalysisFixture.codebook, toolVersion: "9.9.9", backlog: backlog)
        let documents = AnalysisFixture.documents.sorted { $0.document.id < $1.document.id }
        for document in documents { try store.add(document) }
        try store.finish(Analysis.analyze(documents, codebook: AnalysisFixture.codebook))
        #expect(!FileManager.default.fileExists(atPath: path + ".partial"))
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: path, configuration: configuration)
    }

    @Test func tablesHoldEveryRow() throws {
        let folder = try TemporaryFolder()
        let db = try build(in: folder)
        try db.read { db in
            func count(_ table: String) throws -> Int? { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") }
            #expect(try count("themes") == 2)
            #expect(try count("codes") == 4)
            #expect(try count("documents") == 3)
            #expect(try count("document_attributes") == 2)  // c.txt's blank value is none
            #expect(try count("segments") == 9)
            #expect(try count("codings") == 11)
            // 4 codes + 2 themes for the corpus and for each of 3 documents.
            #expect(try count("counts") == 24)
            #expect(try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'tool_version'") == "9.9.9")
            #expect(try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema_version'") == "3")
            let text = try String.fetchAll(db, sql: "SELECT text FROM codings WHERE document = 'b.md' ORDER BY ordinal")
            #expect(text == ["brist på kompetens", "utbildning", "Regler", "GDPR"])
            let unitWords = try Int.fetchOne(db, sql: "SELECT SUM(unit_words) FROM documents")
            #expect(unitWords == 30)
        }
    }

    @Test func foreignKeysAreEnforced() throws {
        let folder = try TemporaryFolder()
        func store(_ name: String) throws -> ReportStore {
            let path = folder.url.appendingPathComponent(name).path
            return try ReportStore(path: path, codebook: AnalysisFixture.codebook, toolVersion: "1")
        }
        var stray = AnalysisFixture.documents[0]
        stray.codings.append(Coding(segment: 99, code: 0, pattern: 0, tokens: 0..<1, bytes: 0..<1))
        let strayStore = try store("stray.sqlite")
        #expect(throws: DatabaseError.self) { try strayStore.add(stray) }
        let twice = try store("twice.sqlite")
        try twice.add(AnalysisFixture.documents[0])
        #expect(throws: DatabaseError.self) { try twice.add(AnalysisFixture.documents[0]) }
        // A store that failed is discarded, and leaves no file behind.
        for failed in [strayStore, twice] { failed.discard() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }

    /// Inserting on the database's thread, documents waiting behind the caller, gives the same rows.
    @Test func aBacklogInsertsTheSameRows() throws {
        func rows(backlog: Int) throws -> [String: [Row]] {
            let folder = try TemporaryFolder()
            return try build(in: folder, backlog: backlog).read { db in
                var rows: [String: [Row]] = [:]
                for table in ["documents", "document_attributes", "segments", "codings", "counts"] {
                    rows[table] = try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2, 3")
                }
                rows["meta"] = try Row.fetchAll(db, sql: "SELECT * FROM meta ORDER BY key")
                return rows
            }
        }
        let inline = try rows(backlog: 0)
        #expect(inline["codings"]?.count == 11)
        #expect(try rows(backlog: 1) == inline)
        #expect(try rows(backlog: 4) == inline)
    }

    /// A document that fails to insert behind the caller fails the store: a later call throws, and no
    /// `tematik.sqlite` appears.
    @Test func aBacklogFailureIsThrownLater() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("tematik.sqlite").path
        let store = try ReportStore(path: path, codebook: AnalysisFixture.codebook, toolVersion: "1", backlog: 2)
        var stray = AnalysisFixture.documents[0]
        stray.codings.append(Coding(segment: 99, code: 0, pattern: 0, tokens: 0..<1, bytes: 0..<1))
        let documents = AnalysisFixture.documents
        let error = #expect(throws: DatabaseError.self) {
            try store.add(stray)
            for document in documents.dropFirst() { try store.add(document) }
            try store.finish(Analysis.analyze(documents, codebook: AnalysisFixture.codebook))
        }
        #expect(error?.message?.contains("names segment 99") == true)
        store.discard()
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(!FileManager.default.fileExists(atPath: path + ".partial"))
    }

    /// The README's first example: references per theme per value of an attribute.
    @Test func referencesPerThemePerAttribute() throws {
        let folder = try TemporaryFolder()
        let rows = try build(in: folder).read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT a.value AS size, c.item AS theme, SUM(c.refs) AS refs
                    FROM counts c JOIN document_attributes a ON a.document = c.document AND a.name = 'size'
                    WHERE c.kind = 'theme'
                    GROUP BY a.value, c.item ORDER BY a.value, c.item
                    """)
        }
        let table = rows.map { "\($0["size"] as String)|\($0["theme"] as String)|\($0["refs"] as Int)" }
        #expect(table == ["large|comp|2", "large|law|2", "small|comp|2", "small|law|3"])
    }

    /// The README's second example: the segments with most codings of one code.
    @Test func topSegmentsForACode() throws {
        let folder = try TemporaryFolder()
        let rows = try build(in: folder).read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.document, s.segment, s.speaker, COUNT(*) AS refs, s.text
                    FROM codings c JOIN segments s ON s.document = c.document AND s.segment = c.segment
                    WHERE c.code = ?
                    GROUP BY s.document, s.segment ORDER BY refs DESC, s.document, s.segment LIMIT 10
                    """, arguments: ["comp.training"])
        }
        let table = rows.map { "\($0["document"] as String)#\($0["segment"] as Int)=\($0["refs"] as Int)" }
        #expect(table == ["c.txt#1=2", "a.txt#1=1", "b.md#1=1"])
    }
}
