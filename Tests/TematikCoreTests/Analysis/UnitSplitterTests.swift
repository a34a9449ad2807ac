import Testing

@testable import TematikCore

struct UnitSplitterTests {
    func pieces(_ text: String, sentences: Bool) -> [String] {
        let starts = UnitSplitter.starts(of: text, sentences: sentences)
        let bytes = Array(text.utf8)
        return starts.indices.map { index in
            let end = index + 1 < starts.count ? starts[index + 1] : bytes.count
            return String(decoding: bytes[starts[index]..<end], as: UTF8.self)
        }
    }

    @Test func sentencesEndAtTerminatorsFollowedByWhitespace() {
        #expect(
            pieces("Ja. Nej! Kanske? Tja… Slut", sentences: true)
                == ["Ja.", " Nej!", " Kanske?", " Tja…", " Slut"])
    }

    @Test func decimalsAndAbbreviationsInsideWordsDoNotSplit() {
        #expect(pieces("Det kostar 3.5 mkr, t.ex.nu.", sentences: true) == ["Det kostar 3.5 mkr, t.ex.nu."])
    }

    @Test func lineBreaksSplitSentencesAndParagraphs() {
        #expect(pieces("Ett\nTvå. Tre", sentences: true) == ["Ett\n", "Två.", " Tre"])
        #expect(pieces("Ett\nTvå. Tre", sentences: false) == ["Ett\n", "Två. Tre"])
    }

    @Test func pieceHoldingFindsTheLastStartNotAfterTheOffset() {
        #expect(UnitSplitter.piece(holding: 0, starts: [0, 4, 9]) == 0)
        #expect(UnitSplitter.piece(holding: 4, starts: [0, 4, 9]) == 1)
        #expect(UnitSplitter.piece(holding: 12, starts: [0, 4, 9]) == 2)
    }
}
