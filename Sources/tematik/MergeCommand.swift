import ArgumentParser
import Foundation
import TematikCore

/// `tematik merge`: combine the partial results of a sharded run into the report one run gives.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge", abstract: "Combine the partial results of 'tematik run --shard i/N' into one report.",
        discussion: """
            Give one folder per shard, in any order. The report is byte for byte the one a single run writes. \
            Partials made with another tool version, codebook, corpus or options are refused, and so are a \
            missing or repeated shard; nothing is written then (exit 2).
            """)

    @Argument(help: "The folders that 'tematik run --shard i/N --out DIR' wrote, one per shard.")
    var partials: [String]

    @Option(help: "The report folder.")
    var out: String

    @Option(help: "The codebook the shards used (default: the file each partial recorded); its SHA-256 must match.")
    var codebook: String?

    @Flag(help: "Print only errors.")
    var quiet = false

    @Flag(help: "Print every warning and the files written.")
    var verbose = false

    func validate() throws {
        guard !partials.isEmpty else { throw ValidationError("Give at least one partial result folder.") }
        guard !(quiet && verbose) else { throw ValidationError("Give --quiet or --verbose, not both.") }
    }

    func run() throws {
        var sourceDateEpoch: Int?
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Int(epoch) else {
                throw ValidationError("SOURCE_DATE_EPOCH must be a whole number of seconds, not '\(epoch)'.")
            }
            sourceDateEpoch = seconds
        }
        let options = MergeOptions(
            partials: partials.map { URL(fileURLWithPath: $0) }, output: URL(fileURLWithPath: out),
            codebook: codebook.map { URL(fileURLWithPath: $0) }, sourceDateEpoch: sourceDateEpoch)
        let summary: RunSummary
        do {
            summary = try Merge.run(options)
        } catch let failure as ConfigurationError {
            throw failure.reported()
        }
        for failure in summary.failures { Console.error(failure.description) }
        if !quiet {
            summary.warnings.forEach { Console.error($0.description) }
            Console.error(summary.headline)
        }
        if verbose { summary.filesWritten.forEach { Console.error("  wrote \($0)") } }
        if !summary.failures.isEmpty { throw ExitStatus.inputsFailed.exitCode }
    }
}
