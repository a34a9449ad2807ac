import ArgumentParser
import Foundation
import TematikCore

/// `tematik kwic PATTERN`: keyword in context over the corpus.
struct KWICCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kwic", abstract: "Keyword in context: every match of a pattern with the text around it.")

    @Argument(help: "A pattern as in a codebook: ord, ord*, *ord, *ord*, a phrase, or re:REGEX.")
    var pattern: String

    @OptionGroup var reading: ReadingOptions

    @OptionGroup var project: ProjectOptions

    @Option(help: "Characters of context on each side.")
    var width = 40

    func validate() throws {
        guard width > 0 else { throw ValidationError("--width must be positive.") }
        if case .failure(let error) = Pattern.parse(pattern) {
            throw ValidationError("\(error.problem). \(error.fix)")
        }
    }

    func run() async throws {
        guard case .success(let parsed) = Pattern.parse(pattern) else { return }
        let code = Code(
            id: "kwic", theme: "kwic", label: LocalizedText(["sv": pattern]), patterns: [parsed],
            location: SourceLocation(file: "command line"))
        let codebook = Codebook(
            name: "kwic", version: "", language: "sv",
            themes: [Theme(id: "kwic", label: code.label, description: LocalizedText([:]), color: nil, codes: [code])],
            sha256: "")
        let privacy = try project.pseudonymizationOrExit(codebook: nil, path: "")
        var matches = 0
        let outcome = try await streamCorpusOrExit(reading: reading, codebook: codebook, pseudonymize: privacy.isOn) {
            document in
            let lines = KWIC.lines(in: document, width: width)
            matches += lines.count
            for line in lines {
                let left = String(repeating: " ", count: max(0, width - line.left.count)) + line.left
                Console.output("\(line.document)\t\(line.speaker ?? "-")\t\(left) [\(line.match)] \(line.right)")
            }
        }
        let masked = privacy.isOn ? ", pseudonymised (\(privacy.setting))" : ""
        Console.error("\(matches) matches in \(outcome.documents) documents\(masked)")
        if !outcome.failures.isEmpty { throw ExitStatus.inputsFailed.exitCode }
    }
}
