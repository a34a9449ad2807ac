import Foundation
import PropertyBased
import Testing

@testable import TematikCore

/// Codings do not depend on how the parallel work is cut: any `--jobs`, any chunk size (one segment per
/// chunk, 100, whole documents), composed or decomposed input.
struct ParallelCodingPropertyTests {
    static let codebook = Result {
        try Pipeline.loadCodebook(Paths.root.appendingPathComponent("Codebooks/ai-kommuner.yaml"))
    }

    /// Words turns are built from: pattern hits of the default codebook, Swedish letters that
    /// decompose, and filler.
    static let words = [
        "kompetens", "AI-strategin", "GDPR:s", "utbildning", "dataplattform", "samverkan", "etik", "budget",
        "brist", "på", "saknar", "vi", "alltså", "å", "ä", "ö", "Kompetensförsörjningen", "kommunen", "tillit", ".",
        ",",
    ]

    static let segmentText = Gen.int(in: 0...(words.count - 1)).array(of: 0...30)
        .map { $0.map { words[$0] }.joined(separator: " ") }

    /// A document of 0 to 250 turns, every third one the interviewer's.
    static let documents = segmentText.array(of: 0...250).map { texts in
        Document(
            id: "random.txt", format: .txt, sha256: "", encoding: "UTF-8",
            segments: texts.enumerated().map { index, text in
                Segment(
                    index: index, speaker: index % 3 == 0 ? "I" : "R",
                    role: index % 3 == 0 ? .interviewer : .respondent,
                    text: text, line: index + 1)
            })
    }

    /// One segment per chunk, 100 segments, or the whole document.
    static let chunkSizes = Gen.int(in: 0...2).map { [1, 100, Int.max][$0] }

    @Test func anyJobsAndChunkingGiveTheWholeDocumentsCodings() async throws {
        let coder = Coder(codebook: try Self.codebook.get())
        await propertyCheck(count: 100, input: Self.documents, Gen.int(in: 1...8), Self.chunkSizes) {
            document, jobs, chunkSize in
            let parallel = await CorpusStream.code(document, coder: coder, jobs: jobs, chunkSize: chunkSize)
            #expect(parallel == coder.code(document))
        }
    }

    @Test func decomposedInputGetsTheSameCodes() async throws {
        let coder = Coder(codebook: try Self.codebook.get())
        await propertyCheck(count: 100, input: Self.documents) { document in
            var decomposed = document
            for index in decomposed.segments.indices {
                decomposed.segments[index].text = document.segments[index].text.decomposedStringWithCanonicalMapping
            }
            // Byte ranges differ (a decomposed å is three bytes); segments, codes, patterns and tokens do not.
            let key = { (coded: CodedDocument) in
                coded.codings.map { [$0.segment, $0.code, $0.pattern, $0.tokens.lowerBound, $0.tokens.upperBound] }
            }
            #expect(key(coder.code(decomposed)) == key(coder.code(document)))
        }
    }
}
