import ArgumentParser
import Foundation
import TematikCore

/// `tematik agree --gold FILE`: agreement between the automatic coding and a human coder's.
struct AgreeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agree",
        abstract: "Agreement per code with human coding (.qdpx project or CSV document,segment,code): "
            + "precision, recall, F1, Cohen's kappa, Krippendorff's alpha over unit segments.")

    @OptionGroup var reading: ReadingOptions
    @OptionGroup var codebook: CodebookOption

    @Option(help: "The human coding: a REFI-QDA project (.qdpx, .qde) or a CSV with columns document,segment,code.")
    var gold: String

    @Option(help: "A folder to write agreement.csv into (default: print only).")
    var out: String?

    func run() async throws {
        let book = try loadOrExit(codebook.codebookURL)
        let standard: GoldStandard
        do {
            standard = try GoldStandard.load(URL(fileURLWithPath: gold), codebook: book)
        } catch let diagnostic as Diagnostic {
            Console.error(diagnostic.description)
            throw ExitStatus.usage.exitCode
        }
        standard.warnings.forEach { Console.error($0.description) }
        var agreement = Agreement(codebook: book)
        let outcome = try await streamCorpusOrExit(reading: reading, codebook: book) {
            agreement.add($0, gold: standard)
        }
        let csv = agreement.csv()
        print(csv, terminator: "")
        Console.error(
            "\(agreement.compared.count) documents compared, "
                + "\(agreement.uncovered.count) not in the human coding")
        if let out {
            let folder = URL(fileURLWithPath: out)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try AtomicFile.write(Data(csv.utf8), to: folder.appendingPathComponent("agreement.csv"))
        }
        if !outcome.failures.isEmpty { throw ExitStatus.inputsFailed.exitCode }
    }
}
