import Foundation
import TestSupport
import Testing

/// `tematik codebook audit` on the demo corpus: it counts through the same counting core as a run, so its
/// references per pattern add up to the run's references per code.
@Suite(.scratch) struct CodebookAuditCommandTests {
    @Test func referencesPerPatternAddUpToTheRunsCounts() throws {
        let audit = try Tool.run(["codebook", "audit"])
        #expect(audit.status == 0, "\(audit.stderr)")
        // Pattern lines: code, pattern, references, matched words; the sections after them are indented.
        var audited: [String: Int] = [:]
        for line in audit.stdout.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 4, let references = Int(fields[2]) else { continue }
            audited[String(fields[0]), default: 0] += references
        }

        let out = try Tool.temporaryFolder()
        let run = try Tool.run(["run", "--no-cache", "--out", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let results =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: out.appendingPathComponent("results.json"))) as? [String: Any]
        var reported: [String: Int] = [:]
        for code in try #require(results?["codes"] as? [[String: Any]]) {
            let counts = code["counts"] as? [String: Any]
            reported[try #require(code["id"] as? String)] = counts?["references"] as? Int
        }

        #expect(reported.count == 31)
        #expect(reported.values.reduce(0, +) > 300)
        #expect(audited == reported)
    }

    @Test func aFileThatCannotBeReadIsNamedAndTheOthersAreAudited() throws {
        let corpus = try Tool.temporaryFolder()
        try Data("Intervjuare: Hur ser ni på kompetens?\n\nRespondent: Vi saknar AI-kompetens.\n".utf8)
            .write(to: corpus.appendingPathComponent("a.txt"))
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00]).write(to: corpus.appendingPathComponent("b.docx"))
        let audit = try Tool.run(["codebook", "audit", "--corpus", corpus.path])
        #expect(audit.stderr.contains("b.docx"), "\(audit.stderr)")
        #expect(audit.stdout.contains("kompetens\t*kompetens\t1\tai-kompetens 1"), "\(audit.stdout)")
    }
}
