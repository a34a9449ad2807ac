import Foundation
import TestSupport
import Testing

@testable import TematikCore

@Suite(.scratch) struct ReportWriterTests {
    static let allFiles = [
        "codings.csv", "cooccurrence.csv", "counts.csv", "documents.csv", "manifest.json",
        "report.html", "report.md", "results.json",
    ]

    @Test func writesEveryFileAndLeavesNoTemporaryFiles() throws {
        let root = try ReportFixture.temporaryDirectory()
        let directory = root.appendingPathComponent("nested/report")
        let written = try ReportWriter.write(try ReportFixture.input(), to: directory)
        #expect(written == Self.allFiles)
        let present = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(present == Self.allFiles)
    }

    @Test func outputIsByteIdenticalAcrossRuns() throws {
        let first = try ReportFixture.temporaryDirectory(), second = try ReportFixture.temporaryDirectory()
        _ = try ReportWriter.write(try ReportFixture.input(), to: first)
        _ = try ReportWriter.write(try ReportFixture.input(), to: second)
        for name in Self.allFiles {
            let a = try Data(contentsOf: first.appendingPathComponent(name))
            let b = try Data(contentsOf: second.appendingPathComponent(name))
            #expect(a == b, "\(name) differs between runs")
        }
    }

    @Test func rewritingReplacesFilesInPlace() throws {
        let directory = try ReportFixture.temporaryDirectory()
        _ = try ReportWriter.write(try ReportFixture.input(language: .sv), to: directory)
        _ = try ReportWriter.write(try ReportFixture.input(language: .en), to: directory)
        let html = try String(contentsOf: directory.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<html lang=\"en\">"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == Self.allFiles)
    }

    @Test func htmlIsSelfContainedAndDatedOnlyWhenAsked() throws {
        let undated = HTMLReport.render(try ReportFixture.input())
        #expect(!undated.contains("http://") && !undated.contains("https://") && !undated.contains("src="))
        #expect(undated.contains("<title>Testbok – Tematisk analys</title>"))
        #expect(!undated.contains("Skapad"))
        let dated = HTMLReport.render(try ReportFixture.input(epoch: 1_700_000_000))
        #expect(dated.contains("Skapad 2023-11-14"))
    }

    @Test func writingToAnUnwritablePlaceThrowsADiagnostic() throws {
        let root = try ReportFixture.temporaryDirectory()
        let blocker = root.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        #expect(throws: Diagnostic.self) { try ReportWriter.write(try ReportFixture.input(), to: blocker) }
    }

    @Test(arguments: [
        (0, "1970-01-01"), (951_782_400, "2000-02-29"), (1_700_000_000, "2023-11-14"),
        (-86_400, "1969-12-31"),
    ])
    func datesComeFromTheEpochInUTC(_ seconds: Int, _ date: String) {
        #expect(ReportContext.isoDate(seconds) == date)
    }
}
