import Foundation
import PropertyBased
import Testing

@testable import TematikCore

/// Accumulating in parts and merging, in any order and through JSON, gives what one analysis gives.
struct AnalysisAccumulatorTests {
    /// The option sets tried: every co-occurrence kind, and exemplar counts below, at and above the
    /// fixture's documents per code, so that both steps of the exemplar choice are exercised.
    static let optionSets: [AnalysisOptions] = [
        AnalysisOptions(),
        AnalysisOptions(unit: .sentence, exemplars: 1, topWords: 1, auditWords: 2),
        AnalysisOptions(unit: .document, exemplars: 2, quoteLength: 20, filterStopWords: false),
        AnalysisOptions(unit: .window(3), exemplars: 5),
        AnalysisOptions(unit: .paragraph, exemplars: 0),
    ]

    /// Random numbers that decide a split: part and place of each document, the options, the merge order,
    /// whether the parts go through JSON and whether the result is taken (``AnalysisAccumulator/takeResult()``).
    static let splits = Gen.int(in: 0...9_999).array(of: 40...40)

    /// Splits `documents` as `plan` says, accumulates the parts and merges them.
    static func merged(
        _ documents: [CodedDocument], codebook: Codebook, options: AnalysisOptions,
        plan: [Int]
    ) throws -> AnalysisResult {
        let parts = 1 + plan[0] % 4
        var accumulators = Array(repeating: AnalysisAccumulator(codebook: codebook, options: options), count: parts)
        let order = documents.indices.sorted { (plan[1 + $0 % 39], $0) < (plan[1 + $1 % 39], $1) }
        for index in order { accumulators[plan[1 + index % 39] % parts].add(documents[index]) }
        if plan[2] % 2 == 0 {
            accumulators = try accumulators.map { try AnalysisAccumulator.decode($0.encoded(), codebook: codebook) }
        }
        if plan[3] % 2 == 0 { accumulators.reverse() }
        var total = accumulators[0]
        for part in accumulators.dropFirst() { total.merge(part) }
        // Half the plans take the result, giving up the per-document counts, as a run does.
        guard plan[5] % 2 == 0 else { return (consume total).takeResult() }
        return total.result()
    }

    /// ``merged(_:codebook:options:plan:)``, recording an error as a test issue (property bodies do not throw).
    static func checked(
        _ documents: [CodedDocument], codebook: Codebook, options: AnalysisOptions,
        plan: [Int]
    ) -> AnalysisResult? {
        do {
            return try merged(documents, codebook: codebook, options: options, plan: plan)
        } catch {
            Issue.record(error)
            return nil
        }
    }

    @Test func mergedPartsOfTheFixtureEqualOneAnalysis() async {
        await propertyCheck(count: 300, input: Self.splits) { plan in
            let options = Self.optionSets[plan[4] % Self.optionSets.count]
            let whole = Analysis.analyze(
                AnalysisFixture.documents, codebook: AnalysisFixture.codebook,
                options: options)
            #expect(
                Self.checked(
                    AnalysisFixture.documents, codebook: AnalysisFixture.codebook,
                    options: options, plan: plan) == whole)
        }
    }

    @Test func mergedPartsOfTheDemoCorpusEqualOneAnalysis() async throws {
        let codebook = try Pipeline.loadCodebook(Paths.root.appendingPathComponent("Codebooks/ai-kommuner.yaml"))
        let documents = try await CorpusStreamTests.read(
            Paths.root.appendingPathComponent("Corpus"),
            codebook: codebook, jobs: 2)
        #expect(documents.count >= 10)
        let wholes = Self.optionSets.map { Analysis.analyze(documents, codebook: codebook, options: $0) }
        await propertyCheck(count: 40, input: Self.splits) { plan in
            let choice = plan[4] % Self.optionSets.count
            #expect(
                Self.checked(documents, codebook: codebook, options: Self.optionSets[choice], plan: plan)
                    == wholes[choice])
        }
    }

    @Test func decodingRefusesAnotherCodebook() throws {
        var accumulator = AnalysisAccumulator(codebook: AnalysisFixture.codebook)
        accumulator.add(AnalysisFixture.documents[0])
        var other = AnalysisFixture.codebook
        other.sha256 = "ff"
        #expect(throws: DecodingError.self) { try AnalysisAccumulator.decode(accumulator.encoded(), codebook: other) }
        #expect(!accumulator.canMerge(AnalysisAccumulator(codebook: other)))
        #expect(
            try AnalysisAccumulator.decode(accumulator.encoded(), codebook: AnalysisFixture.codebook).result()
                == accumulator.result())
    }

    @Test func takingTheResultGivesTheResult() {
        var accumulator = AnalysisAccumulator(codebook: AnalysisFixture.codebook, options: AnalysisOptions())
        for document in AnalysisFixture.documents.reversed() { accumulator.add(document) }
        let result = accumulator.result()
        #expect(result.documents.map(\.name) == AnalysisFixture.documents.map(\.document.id).sorted())
        #expect((consume accumulator).takeResult() == result)
    }

    @Test func documentsAreSummarisedInIdOrder() {
        var accumulator = AnalysisAccumulator(codebook: AnalysisFixture.codebook)
        AnalysisFixture.documents.forEach { accumulator.add($0) }
        #expect(accumulator.documents.map(\.id) == ["a.txt", "b.md", "c.txt"])
        #expect(accumulator.documents.map(\.segments) == [4, 3, 2])
    }
}
