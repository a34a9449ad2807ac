import Foundation
import TestSupport
import Testing

/// `tematik export --qdpx` and `tematik agree --gold` end to end on the demo corpus.
@Suite(.serialized, .scratch) struct ExportAgreeTests {
    @Test func exportedProjectAgreesPerfectlyWithTheRunThatMadeIt() throws {
        let folder = try Tool.temporaryFolder()
        let project = folder.appendingPathComponent("demo.qdpx")
        let export = try Tool.run(["export", "--qdpx", project.path])
        #expect(export.status == 0, "\(export.stderr)")
        let agree = try Tool.run(["agree", "--gold", project.path, "--out", folder.path])
        #expect(agree.status == 0, "\(agree.stderr)")
        #expect(agree.stderr.contains("12 documents compared, 0 not in the human coding"))
        let all = try #require(agree.stdout.split(separator: "\n").last)
        // 350 unit segments × 31 codes = 10,850 decisions, none in disagreement.
        #expect(all.hasPrefix("all,") && all.hasSuffix(",0,0,9885,1.0000,1.0000,1.0000,1.0000,1.0000"), "\(all)")
        let written = try String(contentsOf: folder.appendingPathComponent("agreement.csv"), encoding: .utf8)
        #expect(written == agree.stdout)
    }

    @Test func csvGoldStandardCountsMissesAndFalseAlarms() throws {
        let folder = try Tool.temporaryFolder()
        let gold = folder.appendingPathComponent("gold.csv")
        // Segment 0 is the title block of the transcript (uncoded by Tematik), so a human code there is a
        // miss (fn); every automatic coding of the document's other segments is a false alarm (fp).
        try Data("document,segment,code\ntallmyra-kommun-kommundirektor.txt,0,etik.transparens\n".utf8).write(to: gold)
        let agree = try Tool.run(["agree", "--gold", gold.path])
        #expect(agree.status == 0, "\(agree.stderr)")
        #expect(agree.stderr.contains("1 documents compared, 11 not in the human coding"))
        let row = try #require(agree.stdout.split(separator: "\n").first { $0.hasPrefix("etik.transparens,") })
        #expect(row.hasPrefix("etik.transparens,0,"))
        #expect(row.split(separator: ",", omittingEmptySubsequences: false)[3] == "1")
    }
}
