import ArgumentParser
import Foundation
import TematikCore

/// `tematik inspect FILE...`: shows how files are read.
///
/// Files are read and rendered `--jobs` at a time and shown in the order given, so the output is the same
/// for any number of jobs.
struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect", abstract: "Show how files are read: segments, speakers, roles, warnings.")

    @Argument(
        help: """
            Transcripts (.txt, .md, .docx, .odt, .vtt, .srt), shown one after the other; a metadata.csv \
            beside each is read too.
            """)
    var files: [String]

    @Flag(help: "Print one JSON object per file instead of text.")
    var json = false

    @Option(
        name: .customLong("interviewer-labels"),
        help: "Comma-separated speaker labels that mark the interviewer (replaces the defaults).")
    var interviewerLabels: String?

    @Option(name: .customLong("interviewer"), help: "A speaker name that is the interviewer (repeatable).")
    var interviewerNames: [String] = []

    @Option(help: "Files read at once; 1 reads on one core (default: the active cores).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var limits: LimitOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Give at least one transcript.") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() async throws {
        var options = ReadOptions(
            interviewerNames: interviewerNames, zipLimits: limits.zipLimits, limits: limits.readLimits)
        if let interviewerLabels {
            options.interviewerLabels = interviewerLabels.split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }
        }
        // A file that cannot be read is reported and the others are still shown, as in a run.
        var status = ExitStatus.done
        // Each folder's metadata.csv is read once, not once for every file in it.
        let folders = Set(files.map { URL(fileURLWithPath: $0).deletingLastPathComponent() })
        let tables = Dictionary(uniqueKeysWithValues: folders.map { ($0, Self.metadata(in: $0)) })
        let (json, reading) = (json, options)
        let inspect: @Sendable (String) -> Inspection = {
            Self.inspect($0, options: reading, json: json, metadata: tables)
        }
        try await concurrentForEach(files, jobs: jobs, lookahead: 4, inspect) { inspection in
            if let shown = inspection.shown { Console.output(bytes: shown) }
            inspection.diagnostics.forEach(Console.error)
            if inspection.status.rawValue > status.rawValue { status = inspection.status }
        }
        if status != .done { throw status.exitCode }
    }

    /// What inspecting one file shows: its rendering for stdout, its diagnostics for stderr, and its status.
    private struct Inspection: Sendable {
        /// UTF-8, written as it is.
        var shown: [UInt8]?
        var diagnostics: [String] = []
        var status = ExitStatus.done
    }

    /// Reads `file` and renders it as text or JSON, with the `metadata.csv` of its folder from `metadata`.
    private static func inspect(
        _ file: String, options: ReadOptions, json: Bool, metadata: [URL: MetadataTable?]
    ) -> Inspection {
        let url = URL(fileURLWithPath: file)
        guard let format = CorpusScanner.formats[url.pathExtension.lowercased()] else {
            return Inspection(
                diagnostics: [
                    "\(file): error: not a transcript format Tematik reads. "
                        + "Give a .txt, .md, .docx, .docm, .dotx, .odt, .vtt or .srt file."
                ], status: .usage)
        }
        let folder = url.deletingLastPathComponent()
        let entry = CorpusEntry(id: url.lastPathComponent, format: format, url: url)
        switch DocumentReader.read(entry, root: folder, options: options, metadata: metadata[folder] ?? nil) {
        case .failure(let diagnostic):
            return Inspection(diagnostics: [diagnostic.description], status: .inputsFailed)
        case .success(let document):
            let shown: [UInt8]
            do {
                shown = json ? Array(try DocumentJSON(document).text().utf8) : DocumentText.render(document)
            } catch {
                return Inspection(
                    diagnostics: ["\(file): error: cannot be shown as JSON (\(error))."], status: .internalError)
            }
            return Inspection(shown: shown, diagnostics: document.warnings.map(\.description))
        }
    }

    /// The `metadata.csv` beside the file, if there is one, so that interviewers named there are known.
    private static func metadata(in folder: URL) -> MetadataTable? {
        let url = folder.appendingPathComponent("metadata.csv")
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? MetadataTable.read(data, path: url.relativePath)
    }
}
