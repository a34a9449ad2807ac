import Testing

@testable import TematikCore

/// The codebook audit of the hand-made corpus in ``AnalysisFixture``.
struct WordTalliesTests {
    @Test func eachPatternListsTheWordsItMatched() {
        let audit = Analysis.analyze(AnalysisFixture.documents, codebook: AnalysisFixture.codebook).audit
        #expect(
            audit.patterns.map(\.source) == [
                "kompetensbrist*", "brist på kompetens", "utbild*", "fortbild*",
                "gdpr", "lag*", "regler",
            ])
        // lag* caught "Lagen" (a3) and "lagom" (a3), folded.
        #expect(
            audit.patterns[5]
                == PatternAudit(
                    code: "law.rules", pattern: 0, source: "lag*", references: 2,
                    words: [
                        WordCount(word: "lagen", count: 1),
                        WordCount(word: "lagom", count: 1),
                    ]))
        #expect(audit.patterns[2].words == [WordCount(word: "utbildning", count: 4)])
        #expect(audit.unmatched.map(\.source) == ["fortbild*"])
    }

    @Test func uncoveredWordsOfCodedSegments() {
        // Coded segments a1 a3 b1 b2 c1, tokens outside codings: vi har saknas helt | är tydlig styr allt |
        // det finns och hjälper | och. Under 3 characters: vi, är. Stop words: har helt allt det finns och.
        let audit = Analysis.analyze(AnalysisFixture.documents, codebook: AnalysisFixture.codebook).audit
        #expect(audit.uncoveredWords.map(\.word) == ["hjälper", "saknas", "styr", "tydlig"])
        // c0 ("Ingen kommentar om detta.") is not coded, so "kommentar" is not listed.
        let unfiltered = Analysis.analyze(
            AnalysisFixture.documents, codebook: AnalysisFixture.codebook,
            options: AnalysisOptions(auditWords: 3, filterStopWords: false)
        ).audit
        // och ×2 (b1, b2) first, then count-1 words in byte order.
        #expect(
            unfiltered.uncoveredWords == [
                WordCount(word: "och", count: 2), WordCount(word: "allt", count: 1),
                WordCount(word: "det", count: 1),
            ])
    }

    @Test func aThemeCountsEachRangeOnceInALongTurn() {
        // Two codes of one theme on each of 40 tokens: 40 ranges of the theme, each twice, more than a
        // segment keeps in its list before it takes a set.
        let text = Array(repeating: "utbildning", count: 40).joined(separator: " ")
        let marks = (0..<40).flatMap { [(0, 0, $0, 1), (1, 0, $0, 1)] }
        let document = AnalysisFixture.document("long.txt", [("X", .respondent, text, marks)])
        let result = Analysis.analyze([document], codebook: AnalysisFixture.codebook)
        #expect(result.themes[0].topWords == [WordCount(word: "utbildning", count: 40)])
        #expect(result.codes[0].topWords == [WordCount(word: "utbildning", count: 40)])
        #expect(result.codes[1].topWords == [WordCount(word: "utbildning", count: 40)])
    }

    @Test func numbersAreNotWords() {
        let document = AnalysisFixture.document("n.txt", [("X", .respondent, "2024 gdpr 123abc", [(2, 0, 1, 1)])])
        let audit = Analysis.analyze([document], codebook: AnalysisFixture.codebook).audit
        #expect(audit.uncoveredWords.map(\.word) == ["123abc"])
    }
}
