import Foundation
import Testing

@testable import TematikCore

/// The windowed corpus reader: same documents in the same order for any width, chunked coding joined right.
struct CorpusStreamTests {
    /// Every document of the corpus at `root`, in the order ``CorpusStream/forEach(_:)`` hands them over.
    static func read(_ root: URL, codebook: Codebook, jobs: Int) async throws -> [CodedDocument] {
        let stream = try CorpusStream(
            root: root, reading: ReadOptions(), coder: Coder(codebook: codebook),
            jobs: jobs)
        var documents: [CodedDocument] = []
        let outcome = try await stream.forEach { documents.append($0) }
        #expect(outcome.documents == documents.count)
        return documents
    }

    static let codebook = Result {
        try Pipeline.loadCodebook(Paths.root.appendingPathComponent("Codebooks/ai-kommuner.yaml"))
    }

    @Test(arguments: [1, 2, 3, 8])
    func documentsComeInIdOrderWhateverTheWidth(_ jobs: Int) async throws {
        let codebook = try Self.codebook.get()
        let corpus = Paths.root.appendingPathComponent("Corpus")
        let documents = try await Self.read(corpus, codebook: codebook, jobs: jobs)
        let ids = documents.map(\.document.id)
        #expect(ids == ids.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(documents == (try await Self.read(corpus, codebook: codebook, jobs: 1)))
    }

    @Test(arguments: [1, 2, 5])
    func chunkedCodingEqualsCodingWhole(_ chunkSize: Int) async throws {
        let codebook = try Self.codebook.get()
        let coder = Coder(codebook: codebook)
        let documents = try await Self.read(Paths.root.appendingPathComponent("Corpus"), codebook: codebook, jobs: 2)
        for coded in documents.prefix(3) {
            let chunked = await CorpusStream.code(coded.document, coder: coder, jobs: 3, chunkSize: chunkSize)
            #expect(chunked == coder.code(coded.document))
        }
    }

    @Test func anErrorFromTheConsumerStopsTheRead() async throws {
        struct Stop: Error {}
        let stream = try CorpusStream(
            root: Paths.root.appendingPathComponent("Corpus"), reading: ReadOptions(),
            coder: Coder(codebook: try Self.codebook.get()), jobs: 2)
        var seen = 0
        await #expect(throws: Stop.self) {
            _ = try await stream.forEach { _ in
                seen += 1
                if seen == 2 { throw Stop() }
            }
        }
        #expect(seen == 2)
    }
}
