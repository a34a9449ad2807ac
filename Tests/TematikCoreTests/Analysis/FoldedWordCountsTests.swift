import Foundation
import Testing

@testable import TematikCore

struct FoldedWordCountsTests {
    private func add(_ words: [String], to counts: inout FoldedWordCounts) {
        for word in words {
            var word = word
            word.withUTF8 { counts.add($0) }
        }
    }

    @Test func countsAgreeWithADictionaryPastManyGrowths() {
        let words = (0..<5000).map { "ord\($0 % 1700)" } + ["", "å", "ä", "å"]
        var counts = FoldedWordCounts()
        add(words, to: &counts)
        let expected = Dictionary(words.map { ($0, 1) }, uniquingKeysWith: +)
        #expect(counts.dictionary == expected)
    }

    @Test func wordsNotCountedAreLeftOutButRemembered() {
        var counts = FoldedWordCounts()
        var asked = 0
        for word in ["och", "kompetens", "och", "kompetens", "och"] {
            var word = word
            word.withUTF8 { bytes in
                counts.add(bytes) { candidate in
                    asked += 1
                    return candidate.count > 3
                }
            }
        }
        #expect(counts.dictionary == ["kompetens": 2])
        #expect(asked == 2)
        var och = "och"
        #expect(och.withUTF8 { counts.contains($0) } == false)
    }

    @Test func mergeAndCodingKeepTheCounts() throws {
        var first = FoldedWordCounts()
        var second = FoldedWordCounts()
        add(["strategi", "data", "data"], to: &first)
        add(["data", "etik"], to: &second)
        first.merge(second)
        #expect(first.dictionary == ["strategi": 1, "data": 3, "etik": 1])
        let decoded = try JSONDecoder().decode(FoldedWordCounts.self, from: JSONEncoder().encode(first))
        #expect(decoded.dictionary == first.dictionary)
        #expect(try JSONDecoder().decode([String: Int].self, from: JSONEncoder().encode(first)) == first.dictionary)
    }
}
