import Foundation
import Testing

@testable import TematikCore

@Suite("Codebook YAML writer")
struct CodebookWriterTests {
    /// Everything but where the codebook came from (its file hash and the codes' positions).
    private func content(_ codebook: Codebook) -> Codebook {
        var copy = codebook
        copy.sha256 = ""
        for t in copy.themes.indices {
            for c in copy.themes[t].codes.indices {
                copy.themes[t].codes[c].location = SourceLocation(file: "")
            }
        }
        return copy
    }

    @Test(arguments: ["codebook/valid.yaml", "codebook/dictionary.yml"])
    func yamlRoundTripGivesTheSameCodebook(_ fixture: String) throws {
        let original = try CodebookLoader.load(Paths.fixture(fixture))
        let written = try CodebookWriter.data(original, format: .yaml)
        let read = try CodebookLoader.load(written, path: "round.yaml", format: .yaml)
        var expected = content(original)
        expected.name = original.name
        #expect(content(read) == expected)
        #expect(try CodebookWriter.data(read, format: .yaml) == written)
    }

    @Test func writesTheDocumentedLayout() throws {
        let original = try CodebookLoader.load(Paths.fixture("codebook/valid.yaml"))
        let text = String(decoding: try CodebookWriter.data(original, format: .yaml), as: UTF8.self)
        #expect(
            text.hasPrefix(
                """
                name: Test
                version: "1.0"
                language: sv
                themes:
                  - id: competence
                    label: {sv: Kompetens, en: Competence}
                    description: Kunskap om AI.
                    color: "#4e79a7"
                    patterns: ["kompetens*", "*kompetensen"]
                    codes:
                      - id: competence.training
                        label: Utbildning

                """))
    }

    @Test func quotesWhatYAMLWouldMisread() {
        #expect(YAMLCodebookWriter.scalar("Kompetens och ledning") == "Kompetens och ledning")
        #expect(YAMLCodebookWriter.scalar("yes") == "\"yes\"")
        #expect(YAMLCodebookWriter.scalar("1.0") == "\"1.0\"")
        #expect(YAMLCodebookWriter.scalar("a: b") == "\"a: b\"")
        #expect(YAMLCodebookWriter.quoted("säg \"hej\"\n") == "\"säg \\\"hej\\\"\\n\"")
    }

    @Test func refusesFormatsItOnlyReads() {
        let codebook = Codebook(name: "x", version: "", language: "sv", themes: [], sha256: "")
        #expect(throws: CodebookError.self) { try CodebookWriter.data(codebook, format: .liwc) }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tematik-codebook-test.dic")
        #expect(throws: CodebookError.self) { try CodebookWriter.write(codebook, to: url) }
    }

    @Test func writesFilesByExtension() throws {
        let original = try CodebookLoader.load(Paths.fixture("codebook/valid.yaml"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tematik-codebook-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // A .qdc has no ids, so reading it back derives them from the labels.
        for (name, ids) in [("out.yaml", ["competence", "law"]), ("out.qdc", ["kompetens", "law"])] {
            let url = folder.appendingPathComponent(name)
            try CodebookWriter.write(original, to: url)
            #expect(try CodebookLoader.load(url).themes.map(\.id) == ids)
        }
    }
}
