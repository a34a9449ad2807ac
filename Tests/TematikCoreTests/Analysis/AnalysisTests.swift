import Foundation
import Testing

@testable import TematikCore

/// Counts of the hand-made corpus in ``AnalysisFixture``; each expectation shows its hand computation.
struct AnalysisTests {
    let result = Analysis.analyze(AnalysisFixture.documents, codebook: AnalysisFixture.codebook)

    @Test func overviewCountsTheCorpus() {
        let overview = result.overview
        #expect(overview.documents == 3)
        #expect(overview.segments == 9)  // 4 + 3 + 2
        #expect(overview.unitSegments == 6)  // a1 a3 b1 b2 c0 c1
        #expect(overview.words == 39)  // units 30 + interviewer 4 + 2 + 3
        #expect(overview.unitWords == 30)  // 6 + 7 + 8 + 3 + 4 + 2
        #expect(overview.speakers == 6)  // a: Intervjuare, Anna; b: Intervjuare, Bo, Cia; c: anonymous
        #expect(overview.respondents == 4)  // Anna, Bo, Cia, c's anonymous speaker
        #expect(overview.interviewers == 2)  // one per document a, b
        #expect(overview.formats == [FormatCount(format: .md, documents: 1), FormatCount(format: .txt, documents: 2)])
        #expect(overview.codedDocuments == 3)
        #expect(overview.codedSegments == 5)  // a1 a3 b1 b2 c1
        #expect(overview.references == 11)  // 2 + 3 + 2 + 2 + 2
    }

    @Test func codeCounts() {
        let counts = result.codes.map(\.counts)
        #expect(result.codes.map(\.id) == ["comp.shortage", "comp.training", "law.gdpr", "law.rules"])
        // shortage: a1, b1 → 2 references, 2 segments, 2 of 3 documents, respondents (a,Anna) (b,Bo); 2·1000/30.
        #expect(
            counts[0]
                == Counts(
                    references: 2, segments: 2, documents: 2, documentPercent: 2.0 * 100 / 3,
                    respondents: 2, rate: 2.0 * 1000 / 30))
        // training: a1 1, b1 1, c1 2 → 4 in 3 segments of 3 documents; (a,Anna) (b,Bo) (c,anonymous); 4·1000/30.
        #expect(
            counts[1]
                == Counts(
                    references: 4, segments: 3, documents: 3, documentPercent: 100,
                    respondents: 3, rate: 4.0 * 1000 / 30))
        // gdpr: a3, b2 → (a,Anna) (b,Cia).
        #expect(
            counts[2]
                == Counts(
                    references: 2, segments: 2, documents: 2, documentPercent: 2.0 * 100 / 3,
                    respondents: 2, rate: 2.0 * 1000 / 30))
        // rules: a3 twice (lagen, lagom), b2 once (regler) → 3 in 2 segments.
        #expect(
            counts[3]
                == Counts(
                    references: 3, segments: 2, documents: 2, documentPercent: 2.0 * 100 / 3,
                    respondents: 2, rate: 3.0 * 1000 / 30))
    }

    @Test func themeCounts() {
        // comp: distinct token ranges a1 {2, 3}, b1 {2..<5, 6}, c1 {0, 1} → 6 in a1 b1 c1.
        #expect(
            result.themes[0].counts
                == Counts(
                    references: 6, segments: 3, documents: 3, documentPercent: 100,
                    respondents: 3, rate: 6.0 * 1000 / 30))
        // law: a3 {0, 2, 4}, b2 {0, 2} → 5 in a3 b2; respondents (a,Anna) (b,Cia).
        #expect(
            result.themes[1].counts
                == Counts(
                    references: 5, segments: 2, documents: 2,
                    documentPercent: 2.0 * 100 / 3, respondents: 2,
                    rate: 5.0 * 1000 / 30))
        #expect(result.themes[0].codes == ["comp.shortage", "comp.training"])
    }

    @Test func themeCountsOnePassageCodedByTwoCodesOnce() {
        // Both comp codes on token 1 ("kompetens"): 2 code references, 1 theme reference.
        let document = AnalysisFixture.document(
            "d.txt",
            [
                ("X", .respondent, "Brist kompetens nu", [(0, 0, 1, 1), (1, 0, 1, 1)])
            ])
        let result = Analysis.analyze([document], codebook: AnalysisFixture.codebook)
        #expect(result.codes[0].counts.references == 1)
        #expect(result.codes[1].counts.references == 1)
        #expect(result.themes[0].counts.references == 1)
        #expect(result.themes[0].counts.segments == 1)
        #expect(result.themes[0].topWords == [WordCount(word: "kompetens", count: 1)])
    }

    @Test func documentMatrixRowsAreInIdOrder() {
        #expect(result.documents.map(\.name) == ["a.txt", "b.md", "c.txt"])
        let a = result.documents[0]
        #expect(a.unitSegments == 2)
        #expect(a.unitWords == 13)  // 6 + 7
        // rules in a: lagen, lagom → 2 references in 1 segment; 2·1000/13.
        #expect(
            a.codes[3]
                == Counts(
                    references: 2, segments: 1, documents: 1, documentPercent: 100,
                    respondents: 1, rate: 2.0 * 1000 / 13))
        #expect(
            result.documents[2].codes[0]
                == Counts(
                    references: 0, segments: 0, documents: 0, documentPercent: 0,
                    respondents: 0, rate: 0))
    }

    @Test func attributeGroupsPutMissingValuesLast() throws {
        let size = try #require(result.attributes.first)
        #expect(result.attributes.map(\.attribute) == ["size"])
        // "large" = b, "small" = a, then c whose value is only spaces.
        #expect(size.groups.map(\.name) == ["large", "small", nil])
        let large = size.groups[0]
        #expect(large.unitWords == 11)  // 8 + 3
        #expect(
            large.codes[3]
                == Counts(
                    references: 1, segments: 1, documents: 1, documentPercent: 100,
                    respondents: 1, rate: 1.0 * 1000 / 11))
        let small = size.groups[1]
        #expect(small.codes[3].rate == 2.0 * 1000 / 13)  // lagen, lagom over a's 13 words
        let missing = size.groups[2]
        #expect(missing.documents == 1)
        #expect(missing.unitWords == 6)  // 4 + 2
        // training twice in c1: 2·1000/6; one document of one.
        #expect(
            missing.codes[1]
                == Counts(
                    references: 2, segments: 1, documents: 1, documentPercent: 100,
                    respondents: 1, rate: 2.0 * 1000 / 6))
        #expect(
            missing.themes[1]
                == Counts(
                    references: 0, segments: 0, documents: 0, documentPercent: 0,
                    respondents: 0, rate: 0))
    }

    @Test func topWordsAreSortedByCountThenWord() {
        #expect(
            result.codes[3].topWords == [
                WordCount(word: "lagen", count: 1), WordCount(word: "lagom", count: 1),
                WordCount(word: "regler", count: 1),
            ])
        // comp: utbildning ×4 (a1, b1, c1 ×2), then the two shortage texts by byte order.
        #expect(
            result.themes[0].topWords == [
                WordCount(word: "utbildning", count: 4),
                WordCount(word: "brist på kompetens", count: 1),
                WordCount(word: "kompetensbrist", count: 1),
            ])
    }

    @Test func emptyCorpusHasNoNaN() throws {
        let result = Analysis.analyze([], codebook: AnalysisFixture.codebook)
        #expect(
            result.codes[0].counts
                == Counts(
                    references: 0, segments: 0, documents: 0, documentPercent: 0,
                    respondents: 0, rate: 0))
        #expect(result.cooccurrence.units == 0)
        #expect(result.cooccurrence.codePairs.isEmpty)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        _ = try encoder.encode(result)  // would throw on NaN or infinity
    }

    @Test func resultEncodesWithSnakeCaseKeysAndRoundTrips() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(result)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"unit_words\":30"))
        #expect(text.contains("\"code_pairs\":["))
        #expect(text.contains("\"unit\":\"segment\""))
        #expect(try JSONDecoder().decode(AnalysisResult.self, from: data) == result)
    }

    @Test func resultDoesNotDependOnInputOrder() {
        let reversed = Analysis.analyze(AnalysisFixture.documents.reversed(), codebook: AnalysisFixture.codebook)
        #expect(reversed == result)
    }
}
