import Foundation
import TestSupport
import Testing

/// `tematik run --shard i/N` and `tematik merge` end to end: exit codes, messages, the report.
@Suite(.serialized, .scratch) struct MergeCommandTests {
    @Test func shardsMergeIntoTheCommittedDemoReport() throws {
        let folder = try Tool.temporaryFolder()
        var partials: [String] = []
        for index in 0..<3 {
            let partial = folder.appendingPathComponent("shard-\(index)").path
            let outcome = try Tool.run(["run", "--shard", "\(index)/3", "--out", partial, "--quiet"])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            partials.append(partial)
        }
        let out = folder.appendingPathComponent("merged")
        let merged = try Tool.run(["merge"] + partials.reversed() + ["--out", out.path])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stderr.contains("12 documents coded, 0 failed, 0 skipped → \(out.path)"))
        #expect(try Tool.report(out) == (try Tool.report(Tool.root.appendingPathComponent("Reports/demo"))))
    }

    @Test func aShardWithFailedInputsExitsZeroAndTheMergeExitsOne() throws {
        let corpus = try Tool.temporaryFolder()
        let folder = try Tool.temporaryFolder()
        try Data("R: Vi saknar kompetens.\n".utf8).write(to: corpus.appendingPathComponent("good.txt"))
        try Data().write(to: corpus.appendingPathComponent("empty.txt"))
        let partial = folder.appendingPathComponent("shard-0").path
        let shard = try Tool.run(["run", "--corpus", corpus.path, "--shard", "0/1", "--out", partial])
        #expect(shard.status == 0, "\(shard.stderr)")
        #expect(shard.stderr.contains(corpus.path + "/empty.txt: error: "))
        let merge = try Tool.run(["merge", partial, "--out", folder.appendingPathComponent("merged").path])
        #expect(merge.status == 1)
        #expect(merge.stderr.contains(corpus.path + "/empty.txt: error: "))
        #expect(merge.stderr.contains("1 documents coded, 1 failed, 0 skipped"))
    }

    @Test func aMissingShardExitsTwoAndWritesNothing() throws {
        let folder = try Tool.temporaryFolder()
        let partial = folder.appendingPathComponent("shard-1").path
        #expect(try Tool.run(["run", "--shard", "1/2", "--out", partial, "--quiet"]).status == 0)
        let out = folder.appendingPathComponent("merged")
        let merge = try Tool.run(["merge", partial, "--out", out.path])
        #expect(merge.status == 2)
        #expect(
            merge.stderr == "tematik merge: error: shard 0/2 missing. Run 'tematik run --shard 0/2' with the "
                + "same options and add its folder.\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test(arguments: [["--shard", "2/2", "--out", "x"], ["--shard", "1/2"], ["--shard", "one/two", "--out", "x"]])
    func aBadShardOptionIsAUsageError(_ arguments: [String]) throws {
        let outcome = try Tool.run(["run"] + arguments)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("--shard"))
    }
}
