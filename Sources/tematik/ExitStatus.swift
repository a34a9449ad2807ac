import ArgumentParser
import TematikCore

/// Tematik's exit codes, as the README lists them.
enum ExitStatus: Int32 {
    /// Everything was read and written.
    case done = 0
    /// The report was written, but some inputs failed (listed on stderr and in the report).
    case inputsFailed = 1
    /// A usage or configuration error: nothing was written.
    case usage = 2
    /// An internal error.
    case internalError = 3

    var exitCode: ExitCode { ExitCode(rawValue) }
}

extension ConfigurationError {
    /// Prints the problems on standard error, one a line, and returns the exit code of a usage error for
    /// the command to throw: nothing was written.
    func reported() -> ExitCode {
        diagnostics.forEach { Console.error($0.description) }
        return ExitStatus.usage.exitCode
    }
}
