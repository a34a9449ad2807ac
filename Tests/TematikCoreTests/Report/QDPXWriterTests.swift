import Foundation
import Testing

@testable import TematikCore

/// The REFI-QDA export: text layout, code-point offsets, schema validity, determinism.
struct QDPXWriterTests {
    /// The CRLF fixture (its line ends become `\n` when read), coded with the analysis fixture's codebook
    /// (kompetensbrist*, utbild*).
    private func codedFixture() throws -> CodedDocument {
        let data = try Data(contentsOf: Paths.fixture("qdpx/offsets.txt"))
        let output = try TextReader.read(data, path: "offsets.txt", roles: SpeakerRoles())
        let document = Document(
            id: "offsets.txt", format: .txt, sha256: SHA256.hex(of: data),
            encoding: output.encoding,
            segments: output.segments)
        return Coder(codebook: AnalysisFixture.codebook).code(document)
    }

    /// `text`'s code points `range`, sliced independently of ``QDPXText``.
    private func slice(_ text: String, _ range: Range<Int>) -> String {
        String(String.UnicodeScalarView(Array(text.unicodeScalars)[range]))
    }

    @Test func offsetsCountCodePointsOverTheExportedText() throws {
        let coded = try codedFixture()
        let layout = QDPXText(coded.document)
        #expect(
            layout.text == "Intervjuare: Hur går det?\n\nAnna: Vi har kompetensbrist 😀 i år.\n"
                + "Övrigt om utbildning 👩‍💻 och AI-strategin.\n\nIntervjuare: Tack.\n\nAnna: Tack själv!\n")
        let ranges = coded.codings.map { layout.codePoints(segment: $0.segment, bytes: $0.bytes) }
        // "Intervjuare: Hur går det?" (25) + "\n\n" + "Anna: " = 33; "Vi har " puts kompetensbrist at 40.
        // After it: " 😀 i år." (8 code points, the emoji one) and the CRLF as one "\n": "Övrigt om " at 63.
        #expect(ranges == [40..<54, 73..<83])
        #expect(ranges.compactMap { $0 }.map { slice(layout.text, $0) } == ["kompetensbrist", "utbildning"])
        // In UTF-16 units the second would start at 74: the emoji is a surrogate pair.
        #expect(layout.text.utf16.count == layout.text.unicodeScalars.count + 3)
    }

    @Test func carriageReturnsInsideSegmentsBecomeLineFeeds() {
        let text = "Å\r\nä\rö 🎉 kompetensbrist"
        let document = Document(
            id: "x.txt", format: .txt, sha256: "", encoding: "UTF-8",
            segments: [Segment(index: 0, speaker: nil, role: .respondent, text: text, line: 1)])
        let layout = QDPXText(document)
        #expect(layout.text == "Å\nä\nö 🎉 kompetensbrist\n")
        let bytes = Array(text.utf8)
        let start = bytes.count - "kompetensbrist".utf8.count
        let range = layout.codePoints(segment: 0, bytes: start..<bytes.count)
        #expect(range == 8..<22)
        #expect(range.map { layout.location(of: $0)?.bytes } == start..<bytes.count)
        #expect(layout.location(of: 0..<1)?.bytes == 0..<2)  // "Å" is two bytes
    }

    @Test func projectIsValidUnderTheREFIQDASchema() throws {
        var writer = QDPXWriter(codebook: AnalysisFixture.codebook, language: "sv", projectName: "Test & <demo>")
        writer.add(try codedFixture())
        for document in AnalysisFixture.documents { writer.add(document) }
        let xml = writer.projectXML()
        #expect(xml.contains("<PlainTextSelection "))
        #expect(QDPXSchema.isValid(xml, schema: Paths.fixture("qda/Project.xsd")))
        #expect(
            !QDPXSchema.isValid(
                xml.replacingOccurrences(of: "startPosition", with: "start"),
                schema: Paths.fixture("qda/Project.xsd")))
    }

    @Test func archiveIsTheSameWhateverTheOrderOfAdding() throws {
        let folder = try TemporaryFolder()
        var forward = QDPXWriter(codebook: AnalysisFixture.codebook, language: "sv", projectName: "p")
        var backward = forward
        for document in AnalysisFixture.documents { forward.add(document) }
        for document in AnalysisFixture.documents.reversed() { backward.add(document) }
        let first = folder.url.appendingPathComponent("a.qdpx")
        let second = folder.url.appendingPathComponent("b.qdpx")
        try forward.write(to: first)
        try backward.write(to: second)
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
        #expect(!FileManager.default.fileExists(atPath: first.path + ".partial"))
    }
}
