import Testing

@testable import TematikCore

struct CoderTests {
    static let document = Document(
        id: "a.txt", format: .txt, sha256: "", encoding: "UTF-8",
        segments: [
            Segment(index: 0, speaker: "Intervjuare", role: .interviewer, text: "Har ni en AI-strategi?", line: 1),
            Segment(index: 1, speaker: "Anna", role: .respondent, text: "Ja, en strategi och utbildning.", line: 2),
            Segment(index: 2, speaker: "Intervjuare", role: .interviewer, text: "Och utbildning?", line: 3),
            Segment(index: 3, speaker: "Anna", role: .respondent, text: "Utbildning, ja.", line: 4),
        ])

    static func coder(includeInterviewer: Bool) throws -> Coder {
        let codebook = TestCodebook.codebook([
            try TestCodebook.code("strategi", ["*strategi"]), try TestCodebook.code("utbildning", ["utbild*"]),
        ])
        return Coder(codebook: codebook, includeInterviewer: includeInterviewer)
    }

    @Test func interviewerTurnsAreCountedButNotCoded() throws {
        let coded = try Self.coder(includeInterviewer: false).code(Self.document)
        #expect(coded.wordCounts == [4, 5, 2, 2])
        #expect(coded.isUnit == [false, true, false, true])
        #expect(
            coded.codings.map { [$0.segment, $0.code, $0.tokens.lowerBound] } == [[1, 0, 2], [1, 1, 4], [3, 1, 0]])
    }

    @Test func includeInterviewerCodesEveryTurn() throws {
        let coded = try Self.coder(includeInterviewer: true).code(Self.document)
        #expect(coded.isUnit == [true, true, true, true])
        #expect(coded.codings.map(\.segment) == [0, 1, 1, 2, 3])
    }

    @Test(arguments: [[0..<4], [0..<1, 1..<4], [0..<2, 2..<3, 3..<4], [0..<0, 0..<3, 3..<4]])
    func chunksAppendedInOrderEqualTheWholeDocument(_ chunks: [Range<Int>]) throws {
        let coder = try Self.coder(includeInterviewer: false)
        var joined = coder.code(Self.document, segments: chunks[0])
        for chunk in chunks.dropFirst() { joined.append(coder.code(Self.document, segments: chunk)) }
        #expect(joined == coder.code(Self.document))
    }
}
