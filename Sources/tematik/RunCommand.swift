import ArgumentParser
import Foundation
import TematikCore

/// `tematik run`: read, code, analyse and report a corpus.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Code a corpus with a codebook and write the report.")

    @OptionGroup var reading: ReadingOptions
    @OptionGroup var codebook: CodebookOption

    @Option(help: "The report folder (default: Reports/demo for Corpus, else Reports/<corpus folder name>).")
    var out: String?

    @Option(help: "Unit of co-occurrence: segment, sentence, paragraph, document or window:N.")
    var unit = "segment"

    @Option(help: "Documents read and coded at once; 1 runs on one core (default: the active cores).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Report language, sv or en (default: the codebook's).")
    var lang: String?

    @Option(help: "Exemplar quotes per code.")
    var exemplars = 3

    @Option(help: "The cache of read and coded documents, outside the corpus and report folders.")
    var cache = ".tematik-cache.sqlite"

    @Flag(help: "Read and code every document again, without reading or writing the cache.")
    var noCache = false

    @Option(help: "Also write the codings as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA or QualCoder.")
    var qdpx: String?

    @OptionGroup var project: ProjectOptions

    @Flag(help: "Exit 2 and write nothing when any input cannot be read.")
    var strict = false

    @Option(
        help: ArgumentHelp(
            "Read only share i of N (0 ≤ i < N) and write a partial result to --out for 'tematik merge'.",
            discussion: "Exits 0 once the partial is written; failed inputs are recorded in it, and merge exits 1."))
    var shard: String?

    @Flag(help: "Print only errors.")
    var quiet = false

    @Flag(help: "Print every warning and the files written.")
    var verbose = false

    func validate() throws {
        guard CoUnit(parsing: unit) != nil else {
            throw ValidationError("--unit must be segment, sentence, paragraph, document or window:N (N ≥ 1).")
        }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
        guard exemplars >= 0 else { throw ValidationError("--exemplars must be 0 or more.") }
        if let lang, !["sv", "en"].contains(lang) { throw ValidationError("--lang must be sv or en.") }
        guard !(quiet && verbose) else { throw ValidationError("Give --quiet or --verbose, not both.") }
        if let shard {
            guard ShardSpec(parsing: shard) != nil else {
                throw ValidationError("--shard must be i/N with 0 ≤ i < N, such as 0/4, not '\(shard)'.")
            }
            guard out != nil else { throw ValidationError("--shard needs --out, the folder for the partial result.") }
            // A shard writes a partial result, not a report: these options would be silently lost.
            for (given, flag) in [
                (project.pseudonymize == true, "--pseudonymize"), (strict, "--strict"), (qdpx != nil, "--qdpx"),
            ]
            where given {
                throw ValidationError("\(flag) does not work with --shard yet; run without --shard to use it.")
            }
        }
    }

    func run() async throws {
        var options = try runOptions()
        // Before anything else, so that an invalid tematik.yaml stops the run with nothing written.
        options.projectFile = try project.projectFileOrExit()
        // Ctrl-C or a kill removes the run's temporary files; report files are renamed into place only at the end.
        let interruption = Interruption.install(cleaning: options.output)
        defer { withExtendedLifetime(interruption) {} }
        let summary: RunSummary
        do {
            summary = try await Pipeline.run(options)
        } catch let failure as ConfigurationError {
            throw failure.reported()
        }
        report(summary)
        // A shard's failed inputs are recorded in its partial; the merge reports them and exits 1, so that a
        // Slurm merge job that waits for every shard with `afterok` still runs.
        if !summary.failures.isEmpty, options.shard == nil { throw ExitStatus.inputsFailed.exitCode }
    }

    private func runOptions() throws -> RunOptions {
        var analysis = AnalysisOptions()
        analysis.unit = CoUnit(parsing: unit) ?? .segment
        analysis.exemplars = exemplars
        let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"]
        var sourceDateEpoch: Int?
        if let epoch {
            guard let seconds = Int(epoch) else {
                throw ValidationError("SOURCE_DATE_EPOCH must be a whole number of seconds, not '\(epoch)'.")
            }
            sourceDateEpoch = seconds
        }
        var options = RunOptions(
            corpus: reading.corpusURL, codebook: codebook.codebookURL,
            output: out.map { URL(fileURLWithPath: $0) } ?? RunOptions.defaultOutput(for: reading.corpusURL),
            reading: reading.readOptions, includeInterviewer: reading.includeInterviewer, analysis: analysis,
            language: lang, jobs: jobs, sourceDateEpoch: sourceDateEpoch,
            cache: noCache ? nil : URL(fileURLWithPath: cache), qdpx: qdpx.map { URL(fileURLWithPath: $0) },
            shard: shard.flatMap(ShardSpec.init(parsing:)))
        options.pseudonymize = project.pseudonymize
        options.strict = strict
        return options
    }

    private func report(_ summary: RunSummary) {
        for failure in summary.failures { Console.error(failure.description) }
        if !quiet {
            for warning in summary.warnings { Console.error(warning.description) }
        }
        guard !quiet else { return }
        Console.error(summary.headline)
        if summary.upToDate {
            Console.error(
                "\(summary.output) is up to date: no input, option or report file changed since the run that "
                    + "wrote it (--no-cache makes it anew)")
        } else if verbose {
            for file in summary.filesWritten { Console.error("  wrote \(file)") }
        }
    }
}
