import Testing

@testable import TematikCore

/// The pattern semantics documented on ``Matcher``.
struct MatcherTests {
    /// (code id, pattern index, matched text) for each coding of `text`.
    func matches(_ codes: [Code], in text: String) -> [String] {
        let codebook = TestCodebook.codebook(codes)
        var codings: [Coding] = []
        Matcher(codebook: codebook).codings(inSegmentText: text, segment: 0, into: &codings)
        let bytes = Array(text.utf8)
        return codings.map {
            "\(codebook.codes[$0.code].id)#\($0.pattern):" + String(decoding: bytes[$0.bytes], as: UTF8.self)
        }
    }

    @Test func wordKindsMatchTheirTokens() throws {
        let codes = [
            try TestCodebook.code("exact", ["lag"]), try TestCodebook.code("prefix", ["utbild*"]),
            try TestCodebook.code("suffix", ["*strategi"]), try TestCodebook.code("infix", ["*kompetens*"]),
            try TestCodebook.code("regex", ["re:ai[0-9]+"]),
        ]
        #expect(
            matches(codes, in: "Lag lagar Utbildning AI-strategi IT-kompetensen AI2030 ai") == [
                "exact#0:Lag", "prefix#0:Utbildning", "suffix#0:AI-strategi", "infix#0:IT-kompetensen",
                "regex#0:AI2030",
            ])
    }

    @Test func patternWordsAreFoldedAndTokenizedLikeText() throws {
        let codes = [
            try TestCodebook.code("ai", ["AI-Strateg*"]), try TestCodebook.code("it", ["it-*"]),
            try TestCodebook.code("gen", ["AI:s", "AI's"]), try TestCodebook.code("se", ["kommun.se"]),
        ]
        #expect(
            matches(codes, in: "AI-strategin, IT-stöd, item, AI:s, AI’s, www.kommun.se") == [
                "ai#0:AI-strategin", "it#0:IT-stöd", "gen#0:AI:s", "gen#1:AI’s", "se#0:kommun.se",
            ])
    }

    @Test func decomposedTextMatchesComposedPattern() throws {
        let codes = [try TestCodebook.code("växt", ["återväxt*"])]
        #expect(matches(codes, in: "A\u{30A}terva\u{308}xten") == ["växt#0:A\u{30A}terva\u{308}xten"])
    }

    @Test func longestPhraseWinsAndCountsOncePerCode() throws {
        let codes = [try TestCodebook.code("brist", ["kompetens*", "brist på kompetens", "brist på"])]
        #expect(
            matches(codes, in: "Det är brist på kompetens och kompetensen") == [
                "brist#1:brist på kompetens", "brist#0:kompetensen",
            ])
    }

    @Test func anyWordMatchesOneToken() throws {
        let codes = [try TestCodebook.code("saknar", ["saknar * kompetens"])]
        #expect(
            matches(codes, in: "vi saknar digital kompetens, saknar kompetens") == [
                "saknar#0:saknar digital kompetens"
            ])
    }

    @Test func oneTokenMayCountForSeveralCodes() throws {
        let codes = [try TestCodebook.code("a", ["ai-strategi*"]), try TestCodebook.code("b", ["*strategin"])]
        #expect(matches(codes, in: "AI-strategin") == ["a#0:AI-strategin", "b#0:AI-strategin"])
    }

    @Test func equalLengthTieGoesToLowestPatternIndex() throws {
        let codes = [try TestCodebook.code("t", ["utbild*", "utbildning", "*ning"])]
        #expect(matches(codes, in: "utbildning") == ["t#0:utbildning"])
    }

    @Test func excludeRemovesOverlappingMatchesOfItsCodeOnly() throws {
        let codes = [
            try TestCodebook.code("utb", ["utbild*"], exclude: ["utbildningsnämnd*", "ingen utbildning"]),
            try TestCodebook.code("all", ["utbild*"]),
        ]
        #expect(
            matches(codes, in: "Utbildningsnämnden, ingen utbildning, utbildning") == [
                "all#0:Utbildningsnämnden", "all#0:utbildning", "utb#0:utbildning", "all#0:utbildning",
            ])
    }

    @Test func codingsCarryTokenAndByteRanges() throws {
        let codebook = TestCodebook.codebook([try TestCodebook.code("b", ["brist på"])])
        var codings: [Coding] = []
        let words = Matcher(codebook: codebook).codings(inSegmentText: "Ja, brist på", segment: 4, into: &codings)
        #expect(words == 3)
        #expect(codings == [Coding(segment: 4, code: 0, pattern: 0, tokens: 1..<3, bytes: 4..<13)])
    }

    @Test func patternsWithoutLettersAreReportedAsUnmatchable() throws {
        let matcher = Matcher(codebook: TestCodebook.codebook([try TestCodebook.code("x", ["ok", "👍", "a --"])]))
        #expect(
            matcher.unmatchablePatterns == [
                PatternReference(code: 0, pattern: 1), PatternReference(code: 0, pattern: 2),
            ])
    }
}
