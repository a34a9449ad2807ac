import Foundation
import TematikCore
import TestSupport
import Testing

/// Compares every text file of the fixture's report with `Tests/Fixtures/report/golden/`.
/// Run with `RECORD_SNAPSHOTS=1` to re-record after a deliberate change, then read the diff.
@Suite(.scratch) struct ReportGoldenTests {
    static let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"

    func check(_ input: ReportInput, files: [String], goldenFolder: String) throws {
        let directory = try ReportFixture.temporaryDirectory()
        _ = try ReportWriter.write(input, to: directory)
        for name in files {
            let actual = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            let golden = Paths.fixture("report/\(goldenFolder)/\(name)")
            if Self.recording {
                try FileManager.default.createDirectory(
                    at: golden.deletingLastPathComponent(),
                    withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: golden)
            }
            let expected = try String(contentsOf: golden, encoding: .utf8)
            #expect(actual == expected, "\(name) differs from \(golden.path); re-record with RECORD_SNAPSHOTS=1")
        }
    }

    @Test func swedishReportMatchesGoldenFiles() throws {
        try check(
            try ReportFixture.input(language: .sv, epoch: 1_700_000_000),
            files: [
                "report.md", "counts.csv", "cooccurrence.csv", "codings.csv", "documents.csv",
                "results.json", "manifest.json",
            ],
            goldenFolder: "golden-sv")
    }

    @Test func englishReportMatchesGoldenFiles() throws {
        try check(
            try ReportFixture.input(language: .en), files: ["report.md", "counts.csv", "manifest.json"],
            goldenFolder: "golden-en")
    }
}
