import ArgumentParser
import Foundation
import TematikCore

/// Loads a codebook, or prints its problems and exits 2.
func loadOrExit(_ url: URL) throws -> Codebook {
    do {
        return try Pipeline.loadCodebook(url)
    } catch let error as ConfigurationError {
        throw error.reported()
    }
}

/// Reads and codes the corpus for a command that prints rather than writes a report, handing each
/// document to `body` in document-id order without holding the corpus; files that fail are listed on
/// stderr at the end.
/// - Returns: the number of documents read and the files that failed.
/// With `pseudonymize`, each document reaches `body` with its id, speakers, listed names and personal
/// numbers masked, as in a pseudonymised report; the failures on stderr keep their real paths.
func streamCorpusOrExit(
    reading: ReadingOptions, codebook: Codebook, pseudonymize: Bool = false,
    _ body: (CodedDocument) async throws -> Void
) async throws -> CorpusOutcome {
    let corpus = try openCorpusOrExit(reading: reading, codebook: codebook)
    var pseudonyms: Pseudonymizer?
    do {
        if pseudonymize { pseudonyms = try await Pipeline.pseudonymizer(for: corpus, root: reading.corpusURL) }
    } catch let error as ConfigurationError {
        throw error.reported()
    }
    let outcome = try await corpus.forEach { document in try await body(pseudonyms?.mask(document) ?? document) }
    outcome.failures.forEach { Console.error($0.description) }
    return outcome
}

/// Reads, codes and counts the corpus into `accumulator` on every core, as a run does (the counting core,
/// ``CorpusStream/accumulate(into:)``), for a command that prints what it counted; files that fail are
/// listed on stderr at the end.
/// - Returns: the number of documents read and the files that failed.
func accumulateCorpusOrExit(
    reading: ReadingOptions, into accumulator: inout AnalysisAccumulator
) async throws -> CorpusOutcome {
    let corpus = try openCorpusOrExit(reading: reading, codebook: accumulator.codebook)
    let outcome = try await corpus.accumulate(into: &accumulator)
    outcome.failures.forEach { Console.error($0.description) }
    return outcome
}

/// Opens the corpus folder with a coder for `codebook`, or prints why it cannot and exits 2.
private func openCorpusOrExit(reading: ReadingOptions, codebook: Codebook) throws -> CorpusStream {
    do {
        return try CorpusStream(
            root: reading.corpusURL, reading: reading.readOptions,
            coder: Coder(codebook: codebook, includeInterviewer: reading.includeInterviewer),
            jobs: ProcessInfo.processInfo.activeProcessorCount)
    } catch let error as ConfigurationError {
        throw error.reported()
    }
}
