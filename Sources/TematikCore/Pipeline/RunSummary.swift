/// What a run did: for the command line to print and to choose its exit code.
public struct RunSummary: Sendable, Codable {
    /// Documents read and coded.
    public var documents: Int
    /// Files that could not be read; the run went on without them.
    public var failures: [Diagnostic]
    /// Problems that did not stop a file from being read.
    public var warnings: [Diagnostic]
    /// Files in the corpus folder that are not transcripts, by path relative to the corpus.
    public var skipped: [String]
    /// The report folder, as given.
    public var output: String
    /// The report's files, by path.
    public var filesWritten: [String]
    /// Whether the report folder was already up to date, so that nothing was read or written (the other
    /// members then repeat the run that wrote it).
    public var upToDate = false

    /// The setting that turned pseudonymisation on, or `nil` when the outputs are not masked.
    public var pseudonymized: Pseudonymization? = nil

    /// One line for the end of a run: `12 documents coded, 0 failed, 1 skipped → Reports/demo`, followed by
    /// `, pseudonymised (--pseudonymize)` (or the setting that asked for it) when the outputs are masked.
    public var headline: String {
        let masked = pseudonymized.map { ", pseudonymised (\($0.setting))" } ?? ""
        return "\(documents) documents coded, \(failures.count) failed, \(skipped.count) skipped → \(output)\(masked)"
    }
}
