import PropertyBased
import Testing

@testable import TematikCore

/// The byte scanner against ``ReferenceTokenizer`` on random text.
struct TokenizerPropertyTests {
    /// Pieces random texts are built from: Swedish letters, joiners, digits, emoji, combining marks,
    /// other scripts, punctuation and spaces.
    static let pieces: [String] = [
        "a", "B", "å", "Ä", "ö", "É", "ß", "z", "AI", "strategi", "-", "'", "’", ":", "0", "7", "2024",
        " ", " ", "\n", ".", ",", "/", "@", "–", "”", "👍", "👍🏽", "👨‍👩‍👧", "❤️", "\u{200D}", "\u{301}",
        "\u{30A}", "\u{308}", "\u{20E3}", "\u{FE0F}", "Σ", "ж", "ع", "人", "カ", "한", "²", "×", "µ", "İ", "ẞ",
        "\u{0958}", "_",
    ]

    static let texts = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...24).map { $0.map { pieces[$0] }.joined() }

    @Test func scannerAgreesWithReference() async {
        await propertyCheck(count: 2000, input: Self.texts) { text in
            var buffer = TokenBuffer()
            buffer.tokenize(text)
            #expect(buffer.words == ReferenceTokenizer.words(in: text))
        }
    }

    @Test func decomposedTextFoldsLikeComposed() async {
        await propertyCheck(count: 500, input: Self.texts) { text in
            var composed = TokenBuffer()
            composed.tokenize(text.precomposedForTest)
            var decomposed = TokenBuffer()
            decomposed.tokenize(text.decomposedForTest)
            #expect(
                (0..<composed.count).map(composed.foldedString(at:))
                    == (0..<decomposed.count).map(decomposed.foldedString(at:)))
        }
    }

    @Test(arguments: ["AI-strategin", "AI:s", "e\u{301}n", "", "2024-05-29", "a\u{30A}", "x-👍y", "人-a"])
    func scannerAgreesWithReferenceOn(_ text: String) {
        var buffer = TokenBuffer()
        buffer.tokenize(text)
        #expect(buffer.words == ReferenceTokenizer.words(in: text))
    }
}
