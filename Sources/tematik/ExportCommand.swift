import ArgumentParser
import Foundation
import TematikCore

/// `tematik export --qdpx FILE`: the corpus and its automatic codings as a REFI-QDA project.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a REFI-QDA project (.qdpx) with the codebook, every source and every automatic coding, "
            + "for review in NVivo, ATLAS.ti, MAXQDA or QualCoder.")

    @OptionGroup var reading: ReadingOptions

    @OptionGroup var project: ProjectOptions
    @OptionGroup var codebook: CodebookOption

    @Option(help: "The project file to write (.qdpx).")
    var qdpx: String

    @Option(help: "Language of the code names in the project, sv or en (default: the codebook's).")
    var lang: String?

    func validate() throws {
        guard qdpx.lowercased().hasSuffix(".qdpx") else { throw ValidationError("--qdpx must name a .qdpx file.") }
        let target = URL(fileURLWithPath: qdpx).standardizedFileURL.path
        guard !target.hasPrefix(reading.corpusURL.standardizedFileURL.path + "/") else {
            throw ValidationError("--qdpx is inside the corpus folder; Tematik never writes there.")
        }
    }

    func run() async throws {
        let book = try loadOrExit(codebook.codebookURL)
        let privacy = try project.pseudonymizationOrExit(codebook: book, path: codebook.codebookURL.relativePath)
        var project = QDPXWriter(codebook: book, language: lang ?? book.language, projectName: book.name)
        let outcome = try await streamCorpusOrExit(reading: reading, codebook: book, pseudonymize: privacy.isOn) {
            project.add($0)
        }
        try project.write(to: URL(fileURLWithPath: qdpx))
        let masked = privacy.isOn ? ", pseudonymised (\(privacy.setting))" : ""
        Console.error("\(outcome.documents) documents → \(qdpx)\(masked)")
        if !outcome.failures.isEmpty { throw ExitStatus.inputsFailed.exitCode }
    }
}
