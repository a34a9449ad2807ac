import Foundation
import GRDB
import Testing

@testable import TematikCore

/// Running every shard and merging gives exactly the report, and the summary, of one run.
@Suite(.serialized) struct MergeTests {
    /// Runs `corpus` whole and in `count` shards, merges, and compares every file and the summaries.
    func expectMergeEqualsOneRun(_ corpus: URL, count: Int) async throws {
        let folder = try TemporaryFolder()
        let whole = folder.url.appendingPathComponent("whole")
        let merged = folder.url.appendingPathComponent("merged")
        let single = try await Pipeline.run(ShardTestSupport.options(corpus, whole))
        let partials = try await ShardTestSupport.runShards(corpus, count: count, into: folder.url)
        let summary = try Merge.run(MergeOptions(partials: partials.reversed(), output: merged))
        let expected = try ShardTestSupport.snapshot(whole)
        #expect(
            expected.keys.sorted() == [
                "/codings.csv", "/cooccurrence.csv", "/counts.csv", "/documents.csv", "/manifest.json",
                "/report.html", "/report.md", "/results.json", "/tematik.sqlite",
            ])
        let actual = try ShardTestSupport.snapshot(merged)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        // SQLite's pages may differ between equal stores, so the store is compared by its rows.
        let expectedRows = try Self.rows(whole.appendingPathComponent("tematik.sqlite"))
        #expect(expectedRows["documents"]?.isEmpty == false)
        #expect(try Self.rows(merged.appendingPathComponent("tematik.sqlite")) == expectedRows)
        for (name, bytes) in expected where name != "/tematik.sqlite" {
            #expect(actual[name] == bytes, "\(name) differs after merging \(count) shards")
        }
        #expect(summary.documents == single.documents)
        #expect(summary.failures == single.failures)
        #expect(summary.warnings == single.warnings)
        #expect(summary.skipped == single.skipped)
        #expect(
            summary.filesWritten.map { $0.replacingOccurrences(of: "/merged/", with: "/") }
                == single.filesWritten.map { $0.replacingOccurrences(of: "/whole/", with: "/") })
    }

    /// Every row of every table of a SQLite file, by table name, sorted by all columns.
    static func rows(_ url: URL) throws -> [String: [[DatabaseValue]]] {
        let queue = try DatabaseQueue(path: url.path)
        defer { try? queue.close() }
        return try queue.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            var rows: [String: [[DatabaseValue]]] = [:]
            for table in tables {
                let columns = try Row.fetchAll(db, sql: "PRAGMA table_info(\(table))").count
                let order = (1...columns).map(String.init).joined(separator: ", ")
                rows[table] = try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY \(order)")
                    .map { Array($0.databaseValues) }
            }
            return rows
        }
    }

    @Test(arguments: [1, 2, 7])
    func demoCorpus(_ count: Int) async throws {
        try await expectMergeEqualsOneRun(Paths.root.appendingPathComponent("Corpus"), count: count)
    }

    @Test(arguments: [1, 2, 7])
    func fixtureWithFailuresWarningsAndSkippedFiles(_ count: Int) async throws {
        let folder = try TemporaryFolder()
        let corpus = try ShardTestSupport.fixtureCorpus(in: folder)
        try await expectMergeEqualsOneRun(corpus, count: count)
    }

    @Test func theFixtureHasWhatTheTestIsAbout() async throws {
        let folder = try TemporaryFolder()
        let corpus = try ShardTestSupport.fixtureCorpus(in: folder)
        let summary = try await Pipeline.run(
            ShardTestSupport.options(corpus, folder.url.appendingPathComponent("out")))
        #expect(summary.documents == 15)
        #expect(
            summary.failures.map(\.location.file).map { String($0.dropFirst(corpus.relativePath.count)) }
                == ["/folder.docx", "/empty.txt"])
        // Two warnings of one document (not UTF-8; no metadata row), then the metadata row without a file.
        #expect(
            summary.warnings.map { "\($0.location.file.split(separator: "/").last ?? ""):\($0.location.line ?? 0)" }
                == ["latin1.txt:1", "latin1.txt:0", "metadata.csv:16"])
        #expect(summary.skipped == ["notes.pdf"])
    }

    @Test func eachShardHoldsOnlyItsDocumentsAndShardZeroTheCorpusLevelProblems() async throws {
        let folder = try TemporaryFolder()
        let corpus = try ShardTestSupport.fixtureCorpus(in: folder)
        let partials = try await ShardTestSupport.runShards(corpus, count: 3, into: folder.url)
        let headers = try partials.map(PartialHeader.load(from:))
        for header in headers {
            #expect(header.documents.allSatisfy { header.shard.owns($0.id) })
            let ids = header.documents.map(\.id)
            #expect(ids == ids.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        }
        #expect(headers.map(\.documents.count).reduce(0, +) == 15)
        #expect(headers[0].listingFailures.count == 1 && headers[0].skipped == ["notes.pdf"])
        #expect(headers[0].trailingWarnings.count == 1)
        #expect(headers.dropFirst().allSatisfy { $0.listingFailures.isEmpty && $0.skipped.isEmpty })
    }
}
