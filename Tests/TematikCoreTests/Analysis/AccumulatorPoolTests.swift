import Foundation
import Testing

@testable import TematikCore

/// Documents added to a pool from concurrent tasks merge into what one accumulator counts.
struct AccumulatorPoolTests {
    @Test(arguments: [1, 3, 8])
    func documentsAddedConcurrentlyMergeIntoOneAnalysis(_ tasks: Int) async throws {
        let codebook = try Pipeline.loadCodebook(Paths.root.appendingPathComponent("Codebooks/ai-kommuner.yaml"))
        let documents = try await CorpusStreamTests.read(
            Paths.root.appendingPathComponent("Corpus"), codebook: codebook, jobs: 2)
        let pool = AccumulatorPool(codebook: codebook, options: AnalysisOptions())
        // Every task adds every `tasks`-th document, last first, so that no accumulator gets them in order.
        await withTaskGroup(of: Void.self) { group in
            for task in 0..<tasks {
                group.addTask {
                    for document in documents.enumerated().reversed() where document.offset % tasks == task {
                        pool.add(document.element, coded: document.element.unitCodings(pool.layout), tokens: nil)
                    }
                }
            }
        }
        let merged = pool.merged()
        #expect(merged.records.map(\.summary.id) == documents.map(\.document.id))
        #expect(merged.result() == Analysis.analyze(documents, codebook: codebook, options: AnalysisOptions()))
        #expect(pool.merged().records.isEmpty)
    }
}
