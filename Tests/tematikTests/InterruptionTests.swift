import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `--strict` and an interrupted run: either way the previous report stays as it was.
@Suite(.serialized, .scratch) struct InterruptionTests {
    /// A report folder with an old report in it.
    static func oldReport() throws -> URL {
        let out = try Tool.temporaryFolder()
        for name in ["report.html", "codings.csv", "counts.csv"] {
            try Data("old \(name)\n".utf8).write(to: out.appendingPathComponent(name))
        }
        return out
    }

    @Test func strictRefusesAFailedInputAndWritesNothing() throws {
        let corpus = try Tool.temporaryFolder()
        try Data("Intervjuare: Hur gör ni?\nR: Vi saknar kompetens.\n".utf8)
            .write(to: corpus.appendingPathComponent("good.txt"))
        try Data().write(to: corpus.appendingPathComponent("empty.txt"))
        let out = try Self.oldReport()
        let before = try Tool.snapshot(out)
        let outcome = try Tool.run(["run", "--corpus", corpus.path, "--out", out.path, "--strict"])
        #expect(outcome.status == 2, "\(outcome.stderr)")
        #expect(outcome.stderr.contains(corpus.path + "/empty.txt:"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("1 input failed and --strict is set; nothing was written"))
        #expect(try Tool.snapshot(out) == before)
        let fresh = try Tool.temporaryFolder().appendingPathComponent("new")
        #expect(try Tool.run(["run", "--corpus", corpus.path, "--out", fresh.path, "--strict"]).status == 2)
        #expect(!FileManager.default.fileExists(atPath: fresh.path), "a folder the run created is removed again")
    }

    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
    func interruptedRunLeavesTheOldReportAndNoTemporaryFiles(_ signalNumber: Int32, _ status: Int32) throws {
        // Enough text that the run is still reading when the signal comes.
        let corpus = try Tool.temporaryFolder()
        let turn = "R: Vi saknar kompetens och behöver utbildning i AI-strategin för kommunen.\n"
        let text = Data(String(repeating: "Intervjuare: Berätta mer.\n" + turn, count: 10_000).utf8)
        for i in 0..<30 { try text.write(to: corpus.appendingPathComponent(String(format: "d%03d.txt", i))) }
        let out = try Self.oldReport()
        let before = try Tool.snapshot(out)

        let process = Process()
        process.executableURL = Tool.executable
        process.arguments = ["run", "--corpus", corpus.path, "--out", out.path, "--jobs", "2"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the run has started writing (its temporary codings.csv exists), then interrupt it.
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline, try Self.temporaryFiles(out).isEmpty { usleep(5_000) }
        #expect(process.isRunning, "the run ended before it could be interrupted")
        kill(process.processIdentifier, signalNumber)
        process.waitUntilExit()

        #expect(process.terminationStatus == status)
        #expect(try Self.temporaryFiles(out) == [])
        #expect(try Tool.snapshot(out) == before)
    }

    static func temporaryFiles(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasPrefix(".") || $0.hasSuffix(".partial")
        }
    }
}
