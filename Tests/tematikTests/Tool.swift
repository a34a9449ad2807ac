import Foundation
import TestSupport

/// Runs the built `tematik` binary, as a user would, and captures what it prints.
struct Tool {
    /// What one run printed and how it ended.
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `tematik` binary beside the test bundle, in the same build folder.
    static let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("tematik")

    /// The binary to run: ``binary``, or the debug build folder's when `swift test` runs the bundle from
    /// elsewhere.
    static var executable: URL {
        let built = binary.resolvingSymlinksInPath()
        return FileManager.default.fileExists(atPath: built.path)
            ? built
            : root.appendingPathComponent(".build/debug/tematik")
    }

    /// Runs `tematik arguments` in `directory` (the repository root unless given).
    static func run(_ arguments: [String], in directory: URL = root, environment: [String: String] = [:]) throws
        -> Outcome
    {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SOURCE_DATE_EPOCH")
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A new empty folder in the running test's scratch folder, removed when the test ends (the suite
    /// needs the `.scratch` trait).
    static func temporaryFolder() throws -> URL {
        try Scratch.folder("e2e")
    }

    /// Every file under `folder` with its bytes, by relative path.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard !url.hasDirectoryPath else { continue }
            files[String(url.path.dropFirst(folder.path.count))] = try Data(contentsOf: url)
        }
        return files
    }

    /// The report files under `folder` with their bytes, without the SQLite store, whose pages (not its
    /// rows) may differ between runs.
    static func report(_ folder: URL) throws -> [String: Data] {
        try snapshot(folder).filter { $0.key != "/tematik.sqlite" }
    }
}
