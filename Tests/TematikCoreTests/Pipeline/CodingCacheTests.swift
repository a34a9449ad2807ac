import Foundation
import Testing

@testable import TematikCore

/// What the run's cache keeps of each format, and that a second run takes every coding from it.
struct CodingCacheTests {
    @Test func plainTextKeepsItsCodingsOnlyAndEveryDocumentIsCodedOnce() async throws {
        let codebook = try CorpusStreamTests.codebook.get()
        let corpus = Paths.root.appendingPathComponent("Corpus")
        let listing = try CorpusScanner.scan(root: corpus)
        let metadata = try MetadataTable.read(
            Data(contentsOf: corpus.appendingPathComponent("metadata.csv")), path: "metadata.csv")
        let folder = try TemporaryFolder()
        let cache = try CodingCache(
            url: folder.url.appendingPathComponent("c.sqlite"), reading: ReadOptions(), includeInterviewer: false,
            codebook: codebook)
        let coder = Coder(codebook: codebook)
        var coded: [Int: CodedDocument] = [:]
        for pass in 0..<2 {
            for (index, entry) in listing.documents.enumerated() {
                let code = { (document: Document) in
                    #expect(pass == 0, "\(entry.id) coded again")
                    return coder.code(document, segments: document.segments.indices, keepingTokens: true)
                }
                let result = await cache.codedDocument(
                    entry, root: corpus, reading: ReadOptions(), metadata: metadata, code: code)
                let document = try result.get().coded
                #expect(coded[index] == nil || coded[index] == document, "\(entry.id) differs from the cache")
                coded[index] = document
            }
            try cache.cache.drain()
        }
        let formats = Set(listing.documents.map(\.format))
        #expect(formats == [.txt, .docx, .odt, .vtt, .srt])
        for entry in listing.documents {
            let sha256 = SHA256.hex(of: try Data(contentsOf: corpus.appendingPathComponent(entry.id)))
            let key = cache.key(for: entry.id, metadata: metadata)
            let kept = cache.cache.lookupDocument(id: entry.id, sha256: sha256, optionsKey: key) != nil
            #expect(kept == (entry.format != .txt), "\(entry.id)")
        }
    }
}
