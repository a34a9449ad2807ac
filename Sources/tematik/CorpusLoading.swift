import ArgumentParser
import Foundation
import TematikCore

/// Loads a codebook, or prints its problems and exits 2.
func loadOrExit(_ url: URL) throws -> Codebook {
    do {
        return try Pipeline.loadCodebook(url)
    } catch let error as ConfigurationError {
        error.diagnostics.forEach { Console.error($0.description) }
        throw ExitStatus.usage.exitCode
    }
}

/// Reads and codes the corpus for a command that prints rather than writes a report; files that fail
/// are listed on stderr.
func readCorpusOrExit(reading: ReadingOptions, codebook: Codebook) async throws -> CodedCorpus {
    do {
        let corpus = try await CodedCorpus.read(
            root: reading.corpusURL, reading: reading.readOptions,
            coder: Coder(codebook: codebook, includeInterviewer: reading.includeInterviewer),
            jobs: ProcessInfo.processInfo.activeProcessorCount)
        corpus.failures.forEach { Console.error($0.description) }
        return corpus
    } catch let error as ConfigurationError {
        error.diagnostics.forEach { Console.error($0.description) }
        throw ExitStatus.usage.exitCode
    }
}
