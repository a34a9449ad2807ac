import Foundation
import TestSupport
import Testing

/// `tematik run` end to end on the demo corpus and on broken inputs.
@Suite(.serialized, .scratch) struct RunCommandTests {
    @Test func demoCorpusRunsAndRebuildsByteForByte() throws {
        let first = try Tool.temporaryFolder()
        let second = try Tool.temporaryFolder()
        let a = try Tool.run(["run", "--out", first.path, "--jobs", "1", "--no-cache"])
        let b = try Tool.run(["run", "--out", second.path, "--jobs", "4", "--no-cache"])
        #expect(a.status == 0, "\(a.stderr)")
        #expect(b.status == 0, "\(b.stderr)")
        #expect(a.stderr.contains("12 documents coded, 0 failed, 0 skipped"))
        #expect(
            try Tool.snapshot(first).keys.sorted() == [
                "/codings.csv", "/cooccurrence.csv", "/counts.csv", "/documents.csv", "/manifest.json",
                "/report.html", "/report.md", "/results.json", "/tematik.sqlite",
            ])
        #expect(try Tool.report(first) == Tool.report(second))
    }

    @Test func committedDemoReportIsWhatTheToolWrites() throws {
        let out = try Tool.temporaryFolder()
        let outcome = try Tool.run(["run", "--out", out.path, "--no-cache"])
        #expect(outcome.status == 0)
        let committed = try Tool.report(Tool.root.appendingPathComponent("Reports/demo"))
        #expect(try Tool.report(out) == committed)
    }

    @Test func badFilesAreListedAndTheRestIsCoded() throws {
        let corpus = try Tool.temporaryFolder()
        let out = try Tool.temporaryFolder()
        try Data("Intervjuare: Hur arbetar ni med AI-strategin?\nR: Vi saknar kompetens.\n".utf8)
            .write(to: corpus.appendingPathComponent("good.txt"))
        try Data().write(to: corpus.appendingPathComponent("empty.txt"))
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00]).write(to: corpus.appendingPathComponent("truncated.docx"))
        try Data([0, 1, 2, 0, 0xFF]).write(to: corpus.appendingPathComponent("junk.txt"))
        try FileManager.default.createDirectory(
            at: corpus.appendingPathComponent("folder.docx"), withIntermediateDirectories: true)
        let before = try Tool.snapshot(corpus)
        let outcome = try Tool.run(["run", "--corpus", corpus.path, "--out", out.path, "--no-cache"])
        #expect(outcome.status == 1)
        let errors = outcome.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 4, "\(outcome.stderr)")
        for name in ["empty.txt", "truncated.docx", "junk.txt", "folder.docx"] {
            #expect(errors.contains { $0.hasPrefix(corpus.path + "/" + name + ":") }, "\(name): \(outcome.stderr)")
        }
        #expect(outcome.stderr.contains("1 documents coded, 4 failed"))
        let counts = try String(contentsOf: out.appendingPathComponent("counts.csv"), encoding: .utf8)
        #expect(counts.contains("code,kompetens.brist,Kompetensbrist,kompetens,1,1,1,100.0000,1,"))
        #expect(try Tool.snapshot(corpus) == before, "Tematik never writes into the corpus folder")
    }

    @Test func invalidCodebookStopsBeforeAnythingIsWritten() throws {
        let folder = try Tool.temporaryFolder()
        let codebook = folder.appendingPathComponent("bad.yaml")
        try Data("name: x\nthemes:\n  - id: a\n    label: A\n    colour: red\n    patterns: [\"*\"]\n".utf8)
            .write(to: codebook)
        let out = folder.appendingPathComponent("out")
        let outcome = try Tool.run(["run", "--codebook", codebook.path, "--out", out.path])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("bad.yaml:5:5: error: "), "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func outputInsideTheCorpusIsRefused() throws {
        let outcome = try Tool.run(["run", "--out", "Corpus/report"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("the report folder is inside the corpus folder"))
        #expect(!FileManager.default.fileExists(atPath: Tool.root.appendingPathComponent("Corpus/report").path))
    }

    @Test func usageErrorsExitTwo() throws {
        let outcome = try Tool.run(["run", "--unit", "chapter"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("--unit must be segment, sentence, paragraph, document or window:N"))
        let sharded = try Tool.run(["run", "--shard", "0/2", "--out", "/tmp/never", "--pseudonymize"])
        #expect(sharded.status == 2)
        #expect(sharded.stderr.contains("--pseudonymize does not work with --shard yet"))
    }
}
