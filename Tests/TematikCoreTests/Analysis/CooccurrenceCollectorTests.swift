import Testing

@testable import TematikCore

/// Co-occurrence of the hand-made corpus in ``AnalysisFixture`` under each unit.
struct CooccurrenceCollectorTests {
    func cooccurrence(_ unit: CoUnit) -> Cooccurrence {
        Analysis.analyze(
            AnalysisFixture.documents, codebook: AnalysisFixture.codebook,
            options: AnalysisOptions(unit: unit)
        ).cooccurrence
    }

    @Test func segmentUnits() {
        // Units: a1 {shortage, training}, a3 {gdpr, rules}, b1 {shortage, training}, b2 {gdpr, rules}, c0 {},
        // c1 {training}: N = 6; shortage 2, training 3, gdpr 2, rules 2.
        let result = cooccurrence(.segment)
        #expect(result.units == 6)
        #expect(result.codeUnits == [2, 3, 2, 2])
        #expect(
            result.codePairs == [
                // both 2, either 2 + 3 - 2 = 3, lift 2·6 / (2·3) = 2.
                CooccurrencePair(
                    a: "comp.shortage", b: "comp.training", both: 2, either: 3, jaccard: 2.0 / 3,
                    lift: 2.0 * 6 / (2.0 * 3)),
                // both 2, either 2, lift 2·6 / (2·2) = 3.
                CooccurrencePair(
                    a: "law.gdpr", b: "law.rules", both: 2, either: 2, jaccard: 1, lift: 2.0 * 6 / (2.0 * 2)),
            ])
        // Themes never share a segment: comp in a1 b1 c1, law in a3 b2.
        #expect(result.themeUnits == [3, 2])
        #expect(result.themePairs.isEmpty)
    }

    @Test func documentUnits() {
        // a {all four}, b {all four}, c {training}: N = 3.
        let result = cooccurrence(.document)
        #expect(result.units == 3)
        #expect(result.codeUnits == [2, 3, 2, 2])
        #expect(result.codePairs.count == 6)  // every pair meets in a and b
        // shortage–gdpr: both 2, either 2, lift 2·3 / (2·2) = 1.5.
        #expect(
            result.codePairs[1]
                == CooccurrencePair(
                    a: "comp.shortage", b: "law.gdpr", both: 2, either: 2,
                    jaccard: 1, lift: 2.0 * 3 / (2.0 * 2)))
        // comp–law: both 2 (a, b), either 3, lift 2·3 / (3·2) = 1.
        #expect(
            result.themePairs == [
                CooccurrencePair(
                    a: "comp", b: "law", both: 2, either: 3, jaccard: 2.0 / 3,
                    lift: 2.0 * 3 / (3.0 * 2))
            ])
    }

    @Test func sentenceUnits() {
        // a1 → "Vi har kompetensbrist." {shortage} + "Utbildning saknas helt." {training};
        // a3 → "Lagen är lagom tydlig." {rules} + "GDPR styr allt." {gdpr}; b1, b2, c0, c1 one each: N = 8.
        let result = cooccurrence(.sentence)
        #expect(result.units == 8)
        #expect(
            result.codePairs == [
                // only b1: both 1, either 2 + 3 - 1 = 4, lift 1·8 / (2·3).
                CooccurrencePair(
                    a: "comp.shortage", b: "comp.training", both: 1, either: 4, jaccard: 1.0 / 4,
                    lift: 1.0 * 8 / (2.0 * 3)),
                // only b2: both 1, either 3, lift 1·8 / (2·2) = 2.
                CooccurrencePair(
                    a: "law.gdpr", b: "law.rules", both: 1, either: 3, jaccard: 1.0 / 3,
                    lift: 1.0 * 8 / (2.0 * 2)),
            ])
    }

    @Test func paragraphUnits() {
        // Only a3 has a line break: a1, a3 (2), b1, b2, c0, c1 → N = 7.
        let result = cooccurrence(.paragraph)
        #expect(result.units == 7)
        #expect(
            result.codePairs == [
                // a1 and b1: both 2, either 3, lift 2·7 / (2·3).
                CooccurrencePair(
                    a: "comp.shortage", b: "comp.training", both: 2, either: 3, jaccard: 2.0 / 3,
                    lift: 2.0 * 7 / (2.0 * 3)),
                // only b2: both 1, either 3, lift 1·7 / (2·2).
                CooccurrencePair(
                    a: "law.gdpr", b: "law.rules", both: 1, either: 3, jaccard: 1.0 / 3,
                    lift: 1.0 * 7 / (2.0 * 2)),
            ])
    }

    @Test func windowUnits() {
        // Windows of 3 tokens: a1 6 words → 2 {shortage@2} {training@3}; a3 7 → 3 {rules@0,2} {gdpr@4} {};
        // b1 8 → 3 {shortage@2} {} {training@6}; b2 3 → 1 {rules, gdpr}; c0 4 → 2 {} {}; c1 2 → 1 {training}.
        // N = 2 + 3 + 3 + 1 + 2 + 1 = 12.
        let result = cooccurrence(.window(3))
        #expect(result.units == 12)
        #expect(result.codeUnits == [2, 3, 2, 2])
        // shortage and training never share a window; gdpr–rules only in b2: lift 1·12 / (2·2) = 3.
        #expect(
            result.codePairs == [
                CooccurrencePair(
                    a: "law.gdpr", b: "law.rules", both: 1, either: 3,
                    jaccard: 1.0 / 3, lift: 1.0 * 12 / (2.0 * 2))
            ])
    }

    @Test func pairsAreOrderedByIdBytesNotCodebookOrder() {
        // Codebook order z.code, a.code; the pair is still written a.code, z.code.
        let codebook = Codebook(
            name: "T", version: "1", language: "sv",
            themes: [
                AnalysisFixture.theme(
                    "t",
                    [
                        AnalysisFixture.code("z.code", "t", ["x"]),
                        AnalysisFixture.code("a.code", "t", ["y"]),
                    ])
            ], sha256: "")
        let document = AnalysisFixture.document("d.txt", [("X", .respondent, "x y", [(0, 0, 0, 1), (1, 0, 1, 1)])])
        let pairs = Analysis.analyze([document], codebook: codebook).cooccurrence.codePairs
        #expect(pairs.map { [$0.a, $0.b] } == [["a.code", "z.code"]])
        #expect(pairs.first?.lift == 1)  // 1·1 / (1·1)
    }
}
