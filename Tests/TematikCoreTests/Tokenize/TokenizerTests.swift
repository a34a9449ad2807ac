import Testing

@testable import TematikCore

/// One test per rule in ``Tokenizer``'s documentation.
struct TokenizerTests {
    /// The folded tokens of `text`.
    func folded(_ text: String) -> [String] {
        var buffer = TokenBuffer()
        buffer.tokenize(text)
        return (0..<buffer.count).map(buffer.foldedString(at:))
    }

    /// The tokens of `text` as they are written.
    func written(_ text: String) -> [String] {
        Tokenizer.tokens(in: text).map { String(decoding: Array(text.utf8)[$0.bytes], as: UTF8.self) }
    }

    @Test func lettersAndDigitsOfEveryScriptMakeWords() {
        #expect(written("Vi har en AI-strategi sedan 2024.") == ["Vi", "har", "en", "AI-strategi", "sedan", "2024"])
        #expect(folded("Άλφα Москва مرحبا שלום 한국어 カタカナ") == ["άλφα", "москва", "مرحبا", "שלום", "한국어", "カタカナ"])
        #expect(written("x² ½ Ⅻ") == ["x²", "½", "Ⅻ"])
        #expect(written("snake_case") == ["snake", "case"])
    }

    @Test func joinersStayBetweenWordCharacters() {
        #expect(written("AI-strategin, AI:s och e-tjänst") == ["AI-strategin", "AI:s", "och", "e-tjänst"])
        #expect(written("it's AI’s") == ["it's", "AI’s"])
        #expect(written("2024-05-29 AI-2030 kl. 10:30") == ["2024-05-29", "AI-2030", "kl", "10:30"])
        #expect(written("AI- och IT-frågor") == ["AI", "och", "IT-frågor"])
        #expect(written("a--b -a b- 'citat' :x") == ["a", "b", "a", "b", "citat", "x"])
        #expect(written("Respondent: ja") == ["Respondent", "ja"])
    }

    @Test func combiningMarksBelongToTheirToken() {
        #expect(written("cafe\u{301} bra") == ["cafe\u{301}", "bra"])
        #expect(folded("cafe\u{301}") == ["café"])
        #expect(written("\u{301}ja") == ["ja"])
        #expect(written("a-\u{301}b") == ["a", "b"])
    }

    @Test func ideographsAreOneTokenEach() {
        #expect(written("人工智能AI") == ["人", "工", "智", "能", "AI"])
        #expect(written("AI-人") == ["AI", "人"])
    }

    @Test func emojiAndPunctuationEndTokens() {
        #expect(written("bra👍bra 👍🏽 👨‍👩‍👧 ❤️ja") == ["bra", "bra", "ja"])
        #expect(written("a\u{200D}b") == ["a", "b"])
        #expect(written("”Ja” – sa hon…") == ["Ja", "sa", "hon"])
    }

    @Test func urlsAndEmailAddressesSplitAtSeparators() {
        #expect(
            written("https://www.kommun.se/ai-plan?id=3") == ["https", "www", "kommun", "se", "ai-plan", "id", "3"])
        #expect(written("anna.berg@kommun.se") == ["anna", "berg", "kommun", "se"])
    }

    @Test func foldingLowersAsciiAndLatin1AndKeepsSharpS() {
        #expect(folded("ÅÄÖ ÉÜ Straße ÞÀ MÜLLER µ ÿ") == ["åäö", "éü", "straße", "þà", "müller", "µ", "ÿ"])
        #expect(folded("AI’s AI's") == ["ai's", "ai's"])
        #expect(Tokenizer.folded("AI-Strategin") == "ai-strategin")
    }

    @Test func decomposedInputFoldsLikeComposed() {
        #expect(folded("A\u{30A}terva\u{308}xt") == folded("Återväxt"))
        #expect(folded("A\u{30A}terva\u{308}xt") == ["återväxt"])
        #expect(Tokenizer.folded("O\u{308}") == "ö")
    }

    @Test func foldingBeyondLatin1UsesUnicodeLowerCase() {
        #expect(folded("ΣΟΦΊΑ ĞÜL Ǆ ẞ") == ["σοφία", "ğül", "ǆ", "ß"])
    }

    @Test func tokensKeepTheirByteRanges() {
        let tokens = Tokenizer.tokens(in: "Å, AI:s 👍 e-tjänst")
        #expect(tokens.map(\.bytes) == [0..<2, 4..<8, 14..<23])
    }

    @Test func emptyAndSeparatorOnlyTextHaveNoTokens() {
        #expect(Tokenizer.tokens(in: "").isEmpty)
        #expect(Tokenizer.tokens(in: " -:'… 👍\n").isEmpty)
    }

    @Test func foldingThatLengthensTokensGrowsTheArena() {
        // `İ` (2 bytes) lower-cases to `i` + U+0307 (3 bytes), and U+0958 composes to 6 bytes from 3.
        let text = String(repeating: "İ", count: 300) + " a " + String(repeating: "\u{0958} b ", count: 200)
        var buffer = TokenBuffer()
        buffer.tokenize(text)
        #expect(buffer.words == ReferenceTokenizer.words(in: text))
        #expect(buffer.count == 402)
    }

    @Test func bufferReuseGivesTheSameTokens() {
        var buffer = TokenBuffer()
        buffer.tokenize("Ett längre stycke med många ord i sig")
        buffer.tokenize("AI:s roll")
        #expect(buffer.words == ReferenceTokenizer.words(in: "AI:s roll"))
        #expect(buffer.count == 2)
    }
}
