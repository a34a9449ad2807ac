import Testing

@testable import TematikCore

/// The cache's binary values give back what was stored, and bytes that were not written whole are misses.
struct CachedValuesTests {
    private let document = Document(
        id: "a.txt", format: .vtt, sha256: "abc", encoding: "windows-1252",
        segments: [
            Segment(index: 0, speaker: nil, role: .respondent, text: "", line: 1),
            Segment(
                index: 1, speaker: "Åsa Öberg", role: .interviewer, text: "Hej!\nKompetens, e\u{301} 😀", line: 7,
                start: 12.25, end: 1e300),
            Segment(index: 2, speaker: "", role: .respondent, text: "x", line: -3, start: -0.0, end: .infinity),
        ],
        warnings: [
            Diagnostic(.warning, SourceLocation(file: "a.vtt", line: 3), "odd cue", fix: "Look at it."),
            Diagnostic(.error, SourceLocation(file: "a.vtt", column: 9), "bad"),
        ])

    private var coded: CodedDocument {
        CodedDocument(
            document: document, wordCounts: [0, 4, Int.max], isUnit: [false, true, true],
            codings: [
                Coding(segment: 1, code: 0, pattern: 2, tokens: 1..<2, bytes: 6..<15),
                Coding(segment: 2, code: 300, pattern: Int.min, tokens: 0..<1, bytes: 0..<1),
            ])
    }

    @Test func valuesComeBackAsStored() {
        let bytes = CachedDocument.bytes(of: document)
        #expect(CachedDocument.document(from: bytes, id: "a.txt", sha256: "abc") == document)
        #expect(CachedCoding.coded(from: CachedCoding.bytes(of: coded), document: document) == coded)
    }

    @Test func bytesCutShortOrLongerAreMisses() {
        let documentBytes = CachedDocument.bytes(of: document)
        for length in 0..<documentBytes.count {
            #expect(CachedDocument.document(from: Array(documentBytes[..<length]), id: "a.txt", sha256: "abc") == nil)
        }
        #expect(CachedDocument.document(from: documentBytes + [0], id: "a.txt", sha256: "abc") == nil)
        let codingBytes = CachedCoding.bytes(of: coded)
        for length in 0..<codingBytes.count {
            #expect(CachedCoding.coded(from: Array(codingBytes[..<length]), document: document) == nil)
        }
    }

    @Test func aCodingOfAnotherShapeIsAMiss() {
        var other = document
        other.segments.removeLast()
        #expect(CachedCoding.coded(from: CachedCoding.bytes(of: coded), document: other) == nil)
    }

    @Test func textThatIsNotUTF8IsAMiss() {
        var bytes = CachedDocument.bytes(of: document)
        // The format's text, "vtt", follows its count; a lone continuation byte is not UTF-8.
        bytes[1] = 0x80
        #expect(CachedDocument.document(from: bytes, id: "a.txt", sha256: "abc") == nil)
    }
}
