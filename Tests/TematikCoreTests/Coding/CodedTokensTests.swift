import Foundation
import Testing

@testable import TematikCore

/// The coder's tokens, kept for the word tallies: found by segment, joined across chunks, and counting
/// the same words as tokenizing the text again.
struct CodedTokensTests {
    /// The folded words of `segment` in `tokens`, or `nil` when it was not kept.
    static func words(_ tokens: CodedTokens, _ segment: Int) -> [String]? {
        tokens.withTokens(of: segment) { folded in
            (0..<folded.count).map { String(decoding: folded[$0], as: UTF8.self) }
        }
    }

    @Test func segmentsAreFoundByIndexAcrossAppendedParts() {
        var buffer = TokenBuffer()
        var first = CodedTokens()
        buffer.tokenize("AI-strategin och KOMPETENS")
        first.keep(buffer, segment: 2)
        buffer.tokenize("Vår kommun")
        first.keep(buffer, segment: 5)
        var second = CodedTokens()
        buffer.tokenize("GDPR:s krav på Öppenhet")
        second.keep(buffer, segment: 9)
        first.append(second)
        #expect(Self.words(first, 2) == ["ai-strategin", "och", "kompetens"])
        #expect(Self.words(first, 5) == ["vår", "kommun"])
        #expect(Self.words(first, 9) == ["gdpr:s", "krav", "på", "öppenhet"])
        for missing in [0, 3, 6, 10] { #expect(Self.words(first, missing) == nil) }
    }

    @Test(arguments: [1, 5, 512])
    func keptTokensCountTheSameWordsAsTokenizingAgain(_ chunkSize: Int) async throws {
        let codebook = try CorpusStreamTests.codebook.get()
        let coder = Coder(codebook: codebook, includeInterviewer: true)
        let documents = try await CorpusStreamTests.read(
            Paths.root.appendingPathComponent("Corpus"), codebook: codebook, jobs: 2)
        var kept = AnalysisAccumulator(codebook: codebook)
        var tokenized = AnalysisAccumulator(codebook: codebook)
        for document in documents {
            let (coded, tokens) = await CorpusStream.code(
                document.document, coder: coder, jobs: 2, chunkSize: chunkSize, keepingTokens: true)
            let tokensOfCodedSegments = try #require(tokens)
            let codedSegments = Set(coded.codings.map(\.segment))
            for segment in coded.document.segments.indices {
                #expect((Self.words(tokensOfCodedSegments, segment) != nil) == codedSegments.contains(segment))
            }
            kept.add(coded, coded: coded.unitCodings(kept.layout), tokens: tokensOfCodedSegments)
            tokenized.add(coded)
        }
        let (withKept, withTokenizing) = (kept.result(), tokenized.result())
        #expect(!withKept.audit.uncoveredWords.isEmpty)
        #expect(withKept == withTokenizing)
    }
}
