import Foundation
import Testing

@testable import TematikCore

/// The encoded result of the hand-made corpus, kept as a golden file so that renderers can see the shape of
/// results.json and any change to it shows in review. Re-record with `RECORD_SNAPSHOTS=1`.
struct AnalysisResultTests {
    @Test func encodedResultMatchesGoldenFile() throws {
        let result = Analysis.analyze(AnalysisFixture.documents, codebook: AnalysisFixture.codebook)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let actual = String(decoding: try encoder.encode(result), as: UTF8.self) + "\n"
        let golden = Paths.fixture("analysis/fixture-result.json")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try actual.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(actual == expected)
    }
}
