import Foundation
import GRDB
import Testing

@testable import TematikCore

/// Hits, misses and rebuilds of the document cache.
struct DocumentCacheTests {
    private let coded: CodedDocument = {
        var coded = AnalysisFixture.documents[1]
        coded.document.sha256 = "abc"
        coded.document.warnings = [Diagnostic(.warning, SourceLocation(file: "a.txt", line: 3), "odd line")]
        return coded
    }()

    private var document: Document {
        var document = coded.document
        document.attributes = [:]
        return document
    }

    @Test func storedDocumentIsAHitOnlyForTheSameKeys() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("cache.sqlite").path
        let cache = try DocumentCache(path: path, toolVersion: "1")
        #expect(cache.diagnostics.isEmpty)
        #expect(cache.lookupDocument(id: "a.txt", sha256: "abc", optionsKey: "o") == nil)
        try cache.storeDocument(coded.document, optionsKey: "o")
        #expect(cache.lookupDocument(id: "a.txt", sha256: "abc", optionsKey: "o") == document)
        #expect(cache.lookupDocument(id: "b.txt", sha256: "abc", optionsKey: "o") == nil)
        #expect(cache.lookupDocument(id: "a.txt", sha256: "abd", optionsKey: "o") == nil)
        #expect(cache.lookupDocument(id: "a.txt", sha256: "abc", optionsKey: "p") == nil)
        let newer = try DocumentCache(path: path, toolVersion: "2")
        #expect(newer.lookupDocument(id: "a.txt", sha256: "abc", optionsKey: "o") == nil)
        let reopened = try DocumentCache(path: path, toolVersion: "1")
        #expect(reopened.lookupDocument(id: "a.txt", sha256: "abc", optionsKey: "o") == document)
    }

    @Test func codingNeedsTheSameCodebookToo() throws {
        let folder = try TemporaryFolder()
        let cache = try DocumentCache(path: folder.url.appendingPathComponent("c.sqlite").path, toolVersion: "1")
        try cache.storeCoding(coded, optionsKey: "o", codebook: "cb1")
        // The coding alone is no hit: its document is stored apart, once.
        #expect(cache.lookupCoding(id: "a.txt", sha256: "abc", optionsKey: "o", codebook: "cb1") == nil)
        try cache.storeDocument(coded.document, optionsKey: "o")
        var expected = coded
        expected.document = document
        #expect(cache.lookupCoding(id: "a.txt", sha256: "abc", optionsKey: "o", codebook: "cb1") == expected)
        #expect(cache.lookupCoding(id: "a.txt", sha256: "abc", optionsKey: "o", codebook: "cb2") == nil)
        #expect(cache.lookupCoding(id: "a.txt", sha256: "abc", optionsKey: "x", codebook: "cb1") == nil)
        // A changed codebook still leaves the read document valid: reading is skipped, coding is not.
        #expect(cache.lookupDocument(id: "a.txt", sha256: "abc", optionsKey: "o") == document)
        // A new read of the file replaces the document, which invalidates the old coding.
        var edited = coded.document
        edited.sha256 = "def"
        try cache.storeDocument(edited, optionsKey: "o")
        #expect(cache.lookupCoding(id: "a.txt", sha256: "abc", optionsKey: "o", codebook: "cb1") == nil)
        #expect(cache.lookupCoding(id: "a.txt", sha256: "def", optionsKey: "o", codebook: "cb1") == nil)
    }

    @Test func aValueChangedOrMovedInTheFileIsAMiss() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("c.sqlite").path
        do {
            let cache = try DocumentCache(path: path, toolVersion: "1")
            try cache.storeDocument(coded.document, optionsKey: "o")
            try cache.storeCoding(coded, optionsKey: "o", codebook: "cb1")
        }
        let file = try DatabaseQueue(path: path)
        try file.write { db in
            // Another id's row with a.txt's value, as an older page could leave it; then a.txt's value with a
            // letter of its text changed, as a half-written page could, which still decodes.
            try db.execute(sql: "INSERT INTO documents SELECT 'b.txt', sha256, options, tool, value FROM documents")
            try db.execute(
                sql: """
                    UPDATE documents SET value = CAST(replace(CAST(value AS TEXT), 'kompetensbrist', 'kompetensbrust')
                    AS BLOB) WHERE id = 'a.txt'
                    """)
        }
        try file.close()
        let cache = try DocumentCache(path: path, toolVersion: "1")
        #expect(cache.lookupDocument(id: "b.txt", sha256: "abc", optionsKey: "o") == nil)
        #expect(cache.lookupDocument(id: "a.txt", sha256: "abc", optionsKey: "o") == nil)
        #expect(cache.lookupCoding(id: "a.txt", sha256: "abc", optionsKey: "o", codebook: "cb1") == nil)
    }

    @Test func concurrentCallsAllLand() async throws {
        let folder = try TemporaryFolder()
        let cache = try DocumentCache(path: folder.url.appendingPathComponent("c.sqlite").path, toolVersion: "1")
        let base = coded.document
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<20 {
                group.addTask {
                    var document = base
                    document.id = "doc\(index).txt"
                    try cache.storeDocument(document, optionsKey: "o")
                    _ = cache.lookupDocument(id: document.id, sha256: "abc", optionsKey: "o")
                }
            }
            try await group.waitForAll()
        }
        let hits = (0..<20).filter { cache.lookupDocument(id: "doc\($0).txt", sha256: "abc", optionsKey: "o") != nil }
        #expect(hits.count == 20)
    }

    @Test func storesHandedToTheWriterAreThereAfterTheDrain() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("c.sqlite").path
        let cache = try DocumentCache(path: path, toolVersion: "1", backlog: 2)
        var copy = coded
        // Long enough that a store takes longer than a lookup.
        copy.document.segments[0].text = String(repeating: "ord ", count: 500_000)
        for index in 0..<10 {
            copy.document.id = "doc\(index).txt"
            try cache.storeDocument(copy.document, optionsKey: "o")
            try cache.storeCoding(copy, optionsKey: "o", codebook: "cb")
        }
        try cache.drain()
        // The last stores first: they are the ones a drain that did not wait would miss.
        let hits = (0..<10).reversed().compactMap {
            cache.lookupCoding(id: "doc\($0).txt", sha256: "abc", optionsKey: "o", codebook: "cb")
        }
        #expect(hits.count == 10)
        #expect(hits.allSatisfy { $0.document.segments == copy.document.segments && $0.codings == coded.codings })
        let reopened = try DocumentCache(path: path, toolVersion: "1")
        #expect(reopened.lookupCoding(id: "doc9.txt", sha256: "abc", optionsKey: "o", codebook: "cb") != nil)
    }

    @Test func aStoreThatFailsOnTheWritersThreadIsThrownByTheDrainAndTheNextStore() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("c.sqlite").path
        let cache = try DocumentCache(path: path, toolVersion: "1", backlog: 2)
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "DROP TABLE codings") }
        try cache.storeCoding(coded, optionsKey: "o", codebook: "cb")
        #expect(throws: DatabaseError.self) { try cache.drain() }
        #expect(throws: DatabaseError.self) { try cache.storeDocument(coded.document, optionsKey: "o") }
    }

    @Test func theCacheIsWrittenWithoutSyncs() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("c.sqlite").path
        for _ in 0..<2 {  // created, then opened again
            let (connections, _) = try CacheFile.open(path: path)
            let writer = connections.writer
            #expect(try writer.read { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") } == 0)  // OFF
            #expect(try connections.readers.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
        }
    }

    @Test func junkFileIsReportedAndRebuilt() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("cache.sqlite", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 * 7) })).path
        let cache = try DocumentCache(path: path, toolVersion: "1")
        #expect(
            cache.diagnostics.map(\.description) == [
                "\(path): warning: the cache file is not an SQLite database, so it was rebuilt. Nothing to do; every "
                    + "document is read again this time. Point --cache at a file of its own."
            ])
        try cache.storeDocument(coded.document, optionsKey: "o")
        #expect(cache.lookupDocument(id: "a.txt", sha256: "abc", optionsKey: "o") == document)
        #expect(try DocumentCache(path: path, toolVersion: "1").diagnostics.isEmpty)
    }

    @Test func foreignSQLiteFileIsNotTrusted() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("other.sqlite").path
        let other = try DatabaseQueue(path: path)
        try other.write { db in
            try db.execute(sql: "CREATE TABLE documents (id TEXT PRIMARY KEY, value BLOB)")
            try db.execute(sql: "INSERT INTO documents VALUES ('a.txt', x'00')")
        }
        try other.close()
        let cache = try DocumentCache(path: path, toolVersion: "1")
        #expect(cache.diagnostics.first?.problem == "the cache file belongs to another program, so it was rebuilt")
        #expect(cache.lookupDocument(id: "a.txt", sha256: "abc", optionsKey: "o") == nil)
    }

    @Test func damagedPagesAreDetected() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("c.sqlite").path
        do {
            // Closed at the end of the block, which moves the write-ahead log into the file.
            let cache = try DocumentCache(path: path, toolVersion: "1")
            for index in 0..<50 {
                var document = coded.document
                document.id = "doc\(index).txt"
                try cache.storeDocument(document, optionsKey: "o")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        // Overwrite everything after the header page with junk, keeping the header intact.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.count > 8192)
        for index in 4096..<bytes.count { bytes[index] = UInt8(truncatingIfNeeded: index &* 31) }
        try bytes.write(to: URL(fileURLWithPath: path))
        let reopened = try DocumentCache(path: path, toolVersion: "1")
        #expect(reopened.diagnostics.count == 1)
        #expect(reopened.diagnostics.first?.problem.hasPrefix("the cache file is damaged") == true)
        #expect(reopened.lookupDocument(id: "doc1.txt", sha256: "abc", optionsKey: "o") == nil)
    }
}
