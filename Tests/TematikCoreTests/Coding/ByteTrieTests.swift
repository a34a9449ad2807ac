import PropertyBased
import Testing

@testable import TematikCore

/// The double-array trie finds what its definition says: for a token, the atom of every prefix word
/// equal to its first *k* bytes, *k* = 1 … its length, in that order, then the atom of the exact word
/// equal to it; backwards for a reversed walk.
struct ByteTrieTests {
    /// Pieces words and tokens are made of: short ASCII ones that share prefixes, Swedish letters (two
    /// bytes, lead 0xC3), a hyphen and a three-byte character, so that nodes get from one to many children.
    static let pieces = ["a", "b", "k", "ko", "om", "p", "s", "t", "å", "ä", "ö", "-", "’", "z"]

    static let word = Gen.int(in: 0...(pieces.count - 1)).array(of: 1...5).map { $0.map { pieces[$0] }.joined() }

    /// Words as (bytes, is prefix), each pair once, as ``WordAtoms`` gives them; atoms are their positions.
    static let words = zip(word, Gen.int(in: 0...1)).array(of: 0...60).map { pairs in
        var seen = Set<[UInt8]>()
        return pairs.map { (Array($0.0.utf8), $0.1 == 1) }.filter { seen.insert($0.0 + [$0.1 ? 1 : 0]).inserted }
    }

    /// The atoms the definition finds for `token`, in walk order.
    static func expected(_ token: [UInt8], in words: [([UInt8], Bool)]) -> [Int32] {
        var found: [Int32] = []
        for end in token.indices {
            let prefix = Array(token[...end])
            if let atom = words.firstIndex(where: { $0.1 && $0.0 == prefix }) { found.append(Int32(atom)) }
        }
        if let atom = words.firstIndex(where: { !$0.1 && $0.0 == token }) { found.append(Int32(atom)) }
        return found
    }

    static func walk(_ trie: ByteTrie, _ token: [UInt8], reversed: Bool) -> [Int32] {
        var found: [Int32] = []
        trie.table.withUnsafeBufferPointer { table in
            token.withUnsafeBufferPointer { ByteTrie.walk(table, $0, reversed: reversed) { found.append($0) } }
        }
        return found
    }

    @Test func walkFindsEveryPrefixAndTheExactWord() async {
        await propertyCheck(count: 500, input: Self.words, Gen.int(in: 0...10_000).array(of: 1...30)) { words, picks in
            let trie = ByteTrie(words.enumerated().map { ($0.element.0, $0.element.1, Int32($0.offset)) })
            // Tokens: the words themselves, and words one piece longer or up to two bytes shorter (also
            // cut inside a character).
            var tokens = words.map(\.0)
            for pick in picks {
                let stem = words.isEmpty ? [] : words[pick % words.count].0
                tokens.append(stem + Array(Self.pieces[pick % Self.pieces.count].utf8))
                tokens.append(Array(stem.dropLast(pick % 3)))
            }
            for token in tokens {
                #expect(Self.walk(trie, token, reversed: false) == Self.expected(token, in: words))
            }
        }
    }

    @Test func reversedWalkReadsTheTokenBackwards() async {
        await propertyCheck(count: 300, input: Self.words) { words in
            // Suffixes only: each word once.
            var seen = Set<[UInt8]>()
            let words = words.filter { seen.insert($0.0).inserted }
            let trie = ByteTrie(words.enumerated().map { (Array($0.element.0.reversed()), true, Int32($0.offset)) })
            let suffixes = words.map { ($0.0.reversed() as [UInt8], true) }
            for token in words.map(\.0) + words.map({ Array(("xy" + String(decoding: $0.0, as: UTF8.self)).utf8) }) {
                #expect(Self.walk(trie, token, reversed: true) == Self.expected(token.reversed(), in: suffixes))
            }
        }
    }

    @Test func emptyTrieFindsNothing() {
        let trie = ByteTrie([])
        #expect(trie.isEmpty)
        #expect(Self.walk(trie, Array("kompetens".utf8), reversed: false).isEmpty)
    }

    /// 10,000 words over a small alphabet make nodes with up to 26 children at every level: the table
    /// stays within a small multiple of the nodes, and every word is found.
    @Test func largeTrieStaysDenseAndFindsEveryWord() {
        // A fixed linear congruential sequence: the same words on every run.
        var state: UInt64 = 1
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let letters = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        var words = Set<[UInt8]>()
        while words.count < 10_000 { words.insert((0..<2 + next(8)).map { _ in letters[next(letters.count)] }) }
        let sorted = words.sorted { $0.lexicographicallyPrecedes($1) }
        let trie = ByteTrie(sorted.enumerated().map { ($0.element, false, Int32($0.offset)) })
        let nodes = Set(sorted.flatMap { word in (1...word.count).map { word.prefix($0) } }).count
        #expect(trie.stateCount < 2 * nodes + 512)
        for (atom, word) in sorted.enumerated() { #expect(Self.walk(trie, word, reversed: false) == [Int32(atom)]) }
    }
}
