import ArgumentParser
import Foundation
import TematikCore

/// `tematik codebook check|convert|audit`.
struct CodebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codebook", abstract: "Validate, convert and audit codebooks.",
        subcommands: [CodebookCheckCommand.self, CodebookConvertCommand.self, CodebookAuditCommand.self])
}

/// `tematik codebook check FILE`: validates a codebook and runs its examples like unit tests.
struct CodebookCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a codebook and run its examples (exit 0 ok, 1 an example failed, 2 invalid).")

    @Argument(help: "The codebook: .yaml, .dic, .cat, .lc3 or .qdc.")
    var file: String = "Codebooks/ai-kommuner.yaml"

    func run() throws {
        let codebook = try loadOrExit(URL(fileURLWithPath: file))
        let failures = CodebookExamples.check(codebook)
        failures.forEach { Console.error($0.description) }
        let codes = codebook.codes
        let examples = codes.reduce(0) { $0 + $1.mustMatch.count + $1.mustNotMatch.count }
        Console.output(
            "\(file): \(codebook.themes.count) themes, \(codes.count) codes, "
                + "\(examples) examples, \(failures.count) failed")
        if !failures.isEmpty { throw ExitStatus.inputsFailed.exitCode }
    }
}

/// `tematik codebook convert IN OUT`: converts between codebook formats, chosen by extension.
struct CodebookConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert", abstract: "Convert a codebook: reads .yaml, .dic, .cat, .lc3, .qdc; writes .yaml, .qdc."
    )

    @Argument(help: "The codebook to read.")
    var input: String

    @Argument(help: "The file to write (.yaml or .qdc).")
    var output: String

    @Option(help: "Language of the names in a .qdc (default: the codebook's).")
    var lang: String?

    func run() throws {
        let codebook = try loadOrExit(URL(fileURLWithPath: input))
        do {
            try CodebookWriter.write(codebook, to: URL(fileURLWithPath: output), language: lang)
        } catch let error as CodebookError {
            error.diagnostics.forEach { Console.error($0.description) }
            throw ExitStatus.usage.exitCode
        }
        let written = CodebookFormat(pathExtension: URL(fileURLWithPath: output).pathExtension)
        if let pseudonymize = codebook.pseudonymize, written == .qdc {
            // A .qdc has no place for the key: say so rather than drop a privacy setting silently.
            let warning = Diagnostic(
                .warning, SourceLocation(file: output), "'pseudonymize: \(pseudonymize)' of \(input) is not written",
                fix: "A .qdc cannot hold it; give --pseudonymize or put it in tematik.yaml where the .qdc is used.")
            Console.error(warning.description)
        }
        Console.output("\(input) → \(output): \(codebook.themes.count) themes, \(codebook.codes.count) codes")
    }
}

/// `tematik codebook audit`: which words each pattern matched in a corpus, and what it missed.
struct CodebookAuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "For each pattern, the words it matched; patterns that matched nothing; frequent uncovered words.")

    @OptionGroup var reading: ReadingOptions
    @OptionGroup var codebook: CodebookOption

    @Option(help: "How many matched words to show per pattern.")
    var words = 10

    func run() async throws {
        let book = try loadOrExit(codebook.codebookURL)
        var accumulator = AnalysisAccumulator(codebook: book)
        _ = try await accumulateCorpusOrExit(reading: reading, into: &accumulator)
        let audit = accumulator.result().audit
        for pattern in audit.patterns {
            let shown = pattern.words.prefix(words).map { "\($0.word) \($0.count)" }.joined(separator: ", ")
            let more = pattern.words.count > words ? ", … (\(pattern.words.count) words)" : ""
            Console.output("\(pattern.code)\t\(pattern.source)\t\(pattern.references)\t\(shown)\(more)")
        }
        Console.output("")
        Console.output("Patterns that matched nothing (\(audit.unmatched.count)):")
        for pattern in audit.unmatched { Console.output("  \(pattern.code)\t\(pattern.source)") }
        Console.output("")
        Console.output("Frequent words of coded segments that no pattern covers:")
        Console.output("  " + audit.uncoveredWords.map { "\($0.word) \($0.count)" }.joined(separator: ", "))
    }
}
