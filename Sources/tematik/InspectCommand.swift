import ArgumentParser
import Foundation
import TematikCore

/// `tematik inspect FILE`: shows how one file is read.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect", abstract: "Show how one file is read: segments, speakers, roles, warnings.")

    @Argument(help: "A transcript (.txt, .md, .docx, .odt, .vtt, .srt); a metadata.csv beside it is read too.")
    var file: String

    @Flag(help: "Print one JSON object instead of text.")
    var json = false

    @Option(
        name: .customLong("interviewer-labels"),
        help: "Comma-separated speaker labels that mark the interviewer (replaces the defaults).")
    var interviewerLabels: String?

    @Option(name: .customLong("interviewer"), help: "A speaker name that is the interviewer (repeatable).")
    var interviewerNames: [String] = []

    @OptionGroup var limits: LimitOptions

    func run() throws {
        let url = URL(fileURLWithPath: file)
        guard let format = CorpusScanner.formats[url.pathExtension.lowercased()] else {
            Console.error(
                "\(file): error: not a transcript format Tematik reads. "
                    + "Give a .txt, .md, .docx, .docm, .dotx, .odt, .vtt or .srt file.")
            throw ExitStatus.usage.exitCode
        }
        var options = ReadOptions(
            interviewerNames: interviewerNames, zipLimits: limits.zipLimits, limits: limits.readLimits)
        if let interviewerLabels {
            options.interviewerLabels = interviewerLabels.split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }
        }
        let folder = url.deletingLastPathComponent()
        let entry = CorpusEntry(id: url.lastPathComponent, format: format, url: url)
        switch DocumentReader.read(entry, root: folder, options: options, metadata: metadata(in: folder)) {
        case .failure(let diagnostic):
            Console.error(diagnostic.description)
            throw ExitStatus.inputsFailed.exitCode
        case .success(let document):
            if json {
                print(try DocumentJSON(document).text(), terminator: "")
            } else {
                print(DocumentText.render(document), terminator: "")
            }
            document.warnings.forEach { Console.error($0.description) }
        }
    }

    /// The `metadata.csv` beside the file, if there is one, so that interviewers named there are known.
    private func metadata(in folder: URL) -> MetadataTable? {
        let url = folder.appendingPathComponent("metadata.csv")
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? MetadataTable.read(data, path: url.relativePath)
    }
}
