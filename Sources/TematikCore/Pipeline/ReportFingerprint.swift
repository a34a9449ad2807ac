import Foundation

/// Whether a report folder already holds what a run would write, so that the run can stop before it
/// reads a transcript, as `make` does for a target newer than its sources.
///
/// The fingerprint covers all a report depends on: the tool version, the codebook's SHA-256 and file name,
/// every option that changes an output, the listing of the corpus (transcripts, skipped files, problems)
/// and, for every input file (transcripts, `metadata.csv`, `pseudonyms.csv`), its ``FileStamp``. The
/// cache keeps it with the run's summary and the stamps of the files the run wrote; a later run with the
/// same fingerprint whose report files still carry those stamps is up to date. A file touched but not
/// changed, or a report file edited or deleted, makes a full run, never a stale report.
struct ReportFingerprint: Hashable, Sendable {
    /// SHA-256 of everything above but the report's own files.
    let value: String

    /// The fingerprint of a run with `options` over `listing`, taken before any transcript is read (a
    /// file changed while the run reads it then shows as changed next time).
    init(options: RunOptions, codebook: Codebook, pseudonymization: Pseudonymization, listing: CorpusListing) {
        var parts = [
            "tool \(ToolInfo.build)", "codebook \(codebook.sha256) \(options.codebook.lastPathComponent)",
            "corpus \(options.corpus.relativePath)", "output \(options.output.standardizedFileURL.path)",
            "reading \(options.reading)", "include-interviewer \(options.includeInterviewer)",
            "analysis \(options.analysis)", "language \(options.language ?? "-")",
            "source-date-epoch \(options.sourceDateEpoch.map(String.init) ?? "-")",
            "qdpx \(options.qdpx?.standardizedFileURL.path ?? "-")", "pseudonymize \(pseudonymization.setting)",
            "strict \(options.strict)",
        ]
        let inputs = listing.documents.map(\.url) + [listing.metadata, listing.pseudonyms].compactMap { $0 }
        for url in inputs {
            let stamp = FileStamp(url)
            parts.append(
                "input \(url.path) "
                    + (stamp.map { "\($0.size) \($0.seconds).\($0.nanoseconds) \($0.inode)" } ?? "missing"))
        }
        parts += listing.skipped.map { "skipped \($0)" }
        parts += listing.errors.map { "error \($0)" }
        value = SHA256.hex(of: Array(parts.joined(separator: "\n").utf8))
    }
}

/// What the cache keeps of a finished run, to answer the same run again without doing it.
struct ReportRecord: Codable, Sendable {
    var fingerprint: String
    var summary: RunSummary
    /// The files the run wrote, as they were when it finished.
    var outputs: [FileStamp]

    /// Whether every file the run wrote is still as it left it.
    var outputsAreUnchanged: Bool {
        outputs.allSatisfy { FileStamp(URL(fileURLWithPath: $0.path)) == $0 }
    }
}
