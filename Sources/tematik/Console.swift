import Foundation

/// Writes messages for the user: results to stdout, diagnostics and progress to stderr.
enum Console {
    /// Writes a line to stderr.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Writes a line to stdout.
    static func output(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Writes UTF-8 bytes to stdout as they are.
    static func output(bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }
}
