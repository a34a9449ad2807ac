import Foundation
import PropertyBased
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

    /// Words that share prefixes and bytes beyond ASCII (`ä` before `å` in bytes, unlike the Swedish
    /// alphabet), so that ties in count are broken by the byte order. All in NFC, as tokens are: `String`
    /// keys, which the definition uses, would merge a decomposed `é` with the composed one.
    static let pieces = ["a", "b", "ab", "å", "ä", "ö", "z", "é", "ß", "人", "aa", "bb"]
    static let word = Gen.int(in: 0...(pieces.count - 1)).array(of: 1...3).map { $0.map { pieces[$0] }.joined() }
    /// Words, each with a count to add (1–4, so that counts tie) or 0: a word seen and not counted.
    static let additions = zip(word, Gen.int(in: 0...4)).array(of: 0...200)

    /// The ranking's definition: the counts as a dictionary, by count (descending), then word in UTF-8 bytes.
    private func ranked(_ counts: [String: Int], limit: Int) -> [WordCount] {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.precedesInBytes($1.key) }
            .prefix(limit).map { WordCount(word: $0.key, count: $0.value) }
    }

    @Test func rankedWordsAgreeWithSortingTheDictionary() async {
        await propertyCheck(count: 500, input: Self.additions, Gen.int(in: 0...60)) { additions, limit in
            var counts = FoldedWordCounts()
            for (word, count) in additions {
                var word = word
                word.withUTF8 { bytes in
                    if count == 0 { counts.add(bytes) { _ in false } } else { counts.add(bytes, count: count) }
                }
            }
            let dictionary = counts.dictionary
            #expect(counts.rankedWords(limit: limit) == ranked(dictionary, limit: limit))
            #expect(counts.rankedWords() == ranked(dictionary, limit: dictionary.count))
            #expect(counts.total == dictionary.values.reduce(0, +))
        }
    }

    @Test func rankedWordsBreakTiesInByteOrder() {
        var counts = FoldedWordCounts()
        add(["ö", "ä", "å", "z", "zz", "a", "b", "b"], to: &counts)
        let expected = [("b", 2), ("a", 1), ("z", 1), ("zz", 1), ("ä", 1)].map { WordCount(word: $0.0, count: $0.1) }
        #expect(counts.rankedWords(limit: 5) == expected)
        #expect(counts.rankedWords(limit: 0).isEmpty)
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
