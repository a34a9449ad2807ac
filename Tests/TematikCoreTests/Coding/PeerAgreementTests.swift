import Foundation
import Testing

@testable import TematikCore

/// Category totals against the PyPI `liwc` peer (`shared/bench/peers/liwc_py.py --tokens hyphen`).
///
/// Set `TEMATIK_BENCH_C5` to a corpus made with
/// `python3 shared/bench/make_corpus.py --out DIR --size-mb 5 --seed 1`. The peer counts every token of
/// every `.txt` file (header lines, questions and speaker labels included), so each file is coded here
/// as one segment.
///
/// The peer's tokens are `\w+(?:[-:]\w+)*` on lower-cased text. Where ``Tokenizer`` differs (each
/// difference has a rule test in `TokenizerTests`): `'` and `’` join (`it's` one token, the peer: two),
/// `_` splits (`snake_case`: two, the peer: one), a combining mark stays in its token (the peer splits
/// at it), and CJK ideographs are one token each (the peer: one per run). The bench corpus holds none
/// of these, so the totals are equal.
struct PeerAgreementTests {
    static let corpus = ProcessInfo.processInfo.environment["TEMATIK_BENCH_C5"]
    static let dictionary = Paths.root.deletingLastPathComponent().appendingPathComponent("shared/bench/themes.dic")

    /// The peer's output on that corpus:
    /// `{"docs": 73, "tokens": 675796, "categories": {"kompetens": 6848, ...}}`.
    static let peerTokens = 675_796
    static let peerTotals = [
        "kompetens": 6848, "kultur": 3176, "strategi": 6905, "juridik": 2774, "resurser": 3548, "data": 2646,
        "samverkan": 4344, "etik": 1386,
    ]

    @Test(.enabled(if: corpus != nil && FileManager.default.fileExists(atPath: dictionary.path)))
    func categoryTotalsEqualTheLIWCPeer() throws {
        let codebook = try CodebookLoader.load(Self.dictionary)
        let matcher = Matcher(codebook: codebook)
        let folder = URL(fileURLWithPath: try #require(Self.corpus))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
        var buffer = MatchBuffer()
        var codings: [Coding] = []
        var tokens = 0
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            tokens += matcher.codings(inSegmentText: text, segment: 0, into: &codings, buffer: &buffer)
        }
        var totals: [String: Int] = [:]
        for coding in codings { totals[codebook.codes[coding.code].id, default: 0] += 1 }
        #expect(files.count == 73)
        #expect(tokens == Self.peerTokens)
        #expect(totals == Self.peerTotals)
    }
}
