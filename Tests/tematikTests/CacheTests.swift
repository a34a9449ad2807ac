import Foundation
import TestSupport
import Testing

/// `tematik run` with the document cache: warm runs, edits and broken cache files.
@Suite(.serialized, .scratch) struct CacheTests {
    /// A copy of the demo corpus in a fresh folder, so that a test may edit it.
    func corpusCopy() throws -> URL {
        let folder = try Tool.temporaryFolder().appendingPathComponent("Intervjuer")
        try FileManager.default.copyItem(at: Tool.root.appendingPathComponent("Corpus"), to: folder)
        return folder
    }

    func run(_ corpus: URL, cache: URL?, out: URL) throws -> Tool.Outcome {
        let cacheArguments = cache.map { ["--cache", $0.path] } ?? ["--no-cache"]
        return try Tool.run(["run", "--corpus", corpus.path, "--out", out.path] + cacheArguments)
    }

    @Test func warmRunAndRunAfterAnEditEqualColdRuns() throws {
        let corpus = try corpusCopy()
        let scratch = try Tool.temporaryFolder()
        let cache = scratch.appendingPathComponent("cache.sqlite")
        let cold = scratch.appendingPathComponent("cold")
        let warm = scratch.appendingPathComponent("warm")
        #expect(try run(corpus, cache: cache, out: cold).status == 0)
        #expect(try run(corpus, cache: cache, out: warm).status == 0)
        #expect(try Tool.report(warm) == Tool.report(cold))

        let edited = corpus.appendingPathComponent("tallmyra-kommun-kommundirektor.txt")
        var text = try String(contentsOf: edited, encoding: .utf8)
        text += "\nRespondent: Vi saknar kompetens för AI-strategin.\n"
        try Data(text.utf8).write(to: edited)
        let afterEdit = scratch.appendingPathComponent("after-edit")
        let reference = scratch.appendingPathComponent("reference")
        #expect(try run(corpus, cache: cache, out: afterEdit).status == 0)
        #expect(try run(corpus, cache: nil, out: reference).status == 0)
        #expect(try Tool.report(afterEdit) == Tool.report(reference))
        #expect(try Tool.report(afterEdit) != Tool.report(cold))
    }

    @Test func anUnchangedRunIsUpToDateAndAnyChangeMakesTheReportAgain() throws {
        let corpus = try corpusCopy()
        let scratch = try Tool.temporaryFolder()
        let cache = scratch.appendingPathComponent("cache.sqlite")
        let out = scratch.appendingPathComponent("out")
        let upToDate = "is up to date"
        let cold = try run(corpus, cache: cache, out: out)
        #expect(cold.status == 0)
        #expect(!cold.stderr.contains(upToDate))
        let report = try Tool.report(out)
        let modified =
            try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("report.html").path)[
                .modificationDate] as? Date

        // Nothing changed: the same summary, and no file is written again.
        let warm = try run(corpus, cache: cache, out: out)
        #expect(warm.status == 0)
        #expect(warm.stderr.contains("\(out.path) \(upToDate)"), "\(warm.stderr)")
        #expect(warm.stderr.contains("12 documents coded, 0 failed"))
        #expect(try Tool.report(out) == report)
        let after =
            try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("report.html").path)[
                .modificationDate] as? Date
        #expect(after == modified)

        // A report file edited by hand is written anew.
        let markdown = out.appendingPathComponent("report.md")
        try Data("edited".utf8).write(to: markdown)
        #expect(try run(corpus, cache: cache, out: out).stderr.contains(upToDate) == false)
        #expect(try Tool.report(out) == report)

        // An option that changes the report.
        let window = try Tool.run([
            "run", "--corpus", corpus.path, "--out", out.path, "--cache", cache.path, "--unit", "document",
        ])
        #expect(window.status == 0)
        #expect(!window.stderr.contains(upToDate))
        #expect(try Tool.report(out) != report)
        #expect(try run(corpus, cache: cache, out: out).stderr.contains(upToDate) == false)
        #expect(try Tool.report(out) == report)

        // A transcript touched but not changed, then one changed: both read again, the second changes the report.
        let transcript = corpus.appendingPathComponent("tallmyra-kommun-kommundirektor.txt")
        let text = try Data(contentsOf: transcript)
        try text.write(to: transcript)
        #expect(try run(corpus, cache: cache, out: out).stderr.contains(upToDate) == false)
        #expect(try Tool.report(out) == report)
        try (text + Data("\nRespondent: Vi saknar kompetens.\n".utf8)).write(to: transcript)
        #expect(try run(corpus, cache: cache, out: out).stderr.contains(upToDate) == false)
        #expect(try Tool.report(out) != report)
        #expect(try run(corpus, cache: cache, out: out).stderr.contains(upToDate))
    }

    @Test func corruptCacheIsReportedAndRebuilt() throws {
        let corpus = try corpusCopy()
        let scratch = try Tool.temporaryFolder()
        let cache = scratch.appendingPathComponent("cache.sqlite")
        try Data("not a database".utf8).write(to: cache)
        let out = scratch.appendingPathComponent("out")
        let outcome = try run(corpus, cache: cache, out: out)
        #expect(outcome.status == 0)
        #expect(outcome.stderr.contains(cache.path), "\(outcome.stderr)")
        let reference = scratch.appendingPathComponent("reference")
        #expect(try run(corpus, cache: nil, out: reference).status == 0)
        #expect(try Tool.report(out) == Tool.report(reference))
        #expect(try run(corpus, cache: cache, out: out).stderr.contains(cache.path) == false)
    }

    @Test func cacheInsideTheCorpusIsRefused() throws {
        let corpus = try corpusCopy()
        let out = try Tool.temporaryFolder()
        let outcome = try run(corpus, cache: corpus.appendingPathComponent("cache.sqlite"), out: out)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("the cache file is inside the corpus folder"))
    }
}
