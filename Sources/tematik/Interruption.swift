import Dispatch
import Foundation
import TematikCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ends a run stopped by SIGINT (Ctrl-C) or SIGTERM cleanly: the run's temporary files in the report
/// folder are removed and the tool exits 130 or 143, as a shell reports a process killed by the signal.
///
/// The previous report stays whole because every report file is written under a temporary name and
/// renamed only once all of them are written.
struct Interruption {
    /// The signal sources, kept for as long as the run lasts.
    private let sources: [DispatchSourceSignal]

    /// Catches SIGINT and SIGTERM until the returned value is released.
    static func install(cleaning folder: URL) -> Interruption {
        let pid = getpid()
        let sources = [(SIGINT, Int32(130)), (SIGTERM, Int32(143))].map { signalNumber, status in
            // The default action would end the process before the handler runs.
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                // No output file is created or renamed from here on, so the cleanup misses none.
                OutputGate.close()
                TemporaryFiles.remove(in: folder, pid: pid)
                Console.error("tematik: interrupted; '\(folder.relativePath)' is left as it was before the run.")
                _exit(status)
            }
            source.resume()
            return source
        }
        return Interruption(sources: sources)
    }
}
