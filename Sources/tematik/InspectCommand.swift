import ArgumentParser
import Foundation
import TematikCore

/// `tematik inspect FILE...`: shows how files are read.
struct InspectCommand: ParsableCommand {
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

    @OptionGroup var limits: LimitOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Give at least one transcript.") }
    }

    func run() throws {
        var options = ReadOptions(
            interviewerNames: interviewerNames, zipLimits: limits.zipLimits, limits: limits.readLimits)
        if let interviewerLabels {
            options.interviewerLabels = interviewerLabels.split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }
        }
        // A file that cannot be read is reported and the others are still shown, as in a run.
        var status = ExitStatus.done
        for file in files {
            let url = URL(fileURLWithPath: file)
            guard let format = CorpusScanner.formats[url.pathExtension.lowercased()] else {
                Console.error(
                    "\(file): error: not a transcript format Tematik reads. "
                        + "Give a .txt, .md, .docx, .docm, .dotx, .odt, .vtt or .srt file.")
                status = .usage
                continue
            }
            let folder = url.deletingLastPathComponent()
            let entry = CorpusEntry(id: url.lastPathComponent, format: format, url: url)
            switch DocumentReader.read(entry, root: folder, options: options, metadata: metadata(in: folder)) {
            case .failure(let diagnostic):
                Console.error(diagnostic.description)
                if status == .done { status = .inputsFailed }
            case .success(let document):
                if json {
                    print(try DocumentJSON(document).text(), terminator: "")
                } else {
                    print(DocumentText.render(document), terminator: "")
                }
                document.warnings.forEach { Console.error($0.description) }
            }
        }
        if status != .done { throw status.exitCode }
    }

    /// The `metadata.csv` beside the file, if there is one, so that interviewers named there are known.
    private func metadata(in folder: URL) -> MetadataTable? {
        let url = folder.appendingPathComponent("metadata.csv")
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? MetadataTable.read(data, path: url.relativePath)
    }
}
