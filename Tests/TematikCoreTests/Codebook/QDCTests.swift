import Foundation
import Testing

@testable import TematikCore

@Suite("REFI-QDA codebooks")
struct QDCTests {
    /// Theme and code labels with their nesting, which is what a `.qdc` carries.
    private func hierarchy(_ codebook: Codebook) -> [String] {
        codebook.themes.flatMap { theme in
            ["\(theme.label.text(in: codebook.language))"]
                + theme.codes.map { "  \($0.label.text(in: codebook.language))" }
        }
    }

    @Test(.enabled(if: Paths.hasTestdata)) func readsTheSpecExample() throws {
        let codebook = try CodebookLoader.load(Paths.testdata("qda/portableqda/REFI-QDA-1-5.qdc"))
        #expect(
            CodebookTestSupport.dump(codebook) == [
                "topics [Topics]",
                "economy [Economy]", "  economy [Economy]: ",
                "health-care [Health care]", "  health-care [Health care]: ",
                "values [Values]",
                "conservatives [Conservatives]", "  conservatives [Conservatives]: ",
                "liberals [Liberals]", "  liberals [Liberals]: ",
            ])
        let economy = codebook.themes[1]
        #expect(economy.color == "#ffff00")
        #expect(economy.description == LocalizedText(["sv": "Anything about jobs or taxes or business"]))
        #expect(
            economy.codes[0].location == SourceLocation(file: Paths.testdata("qda/portableqda/REFI-QDA-1-5.qdc").path))
    }

    @Test(.enabled(if: Paths.hasTestdata)) func readsPortableQDAExport() throws {
        let codebook = try CodebookLoader.load(
            Paths.testdata("qda/portableqda/portableQDA_test_compare_Diff_destAtlas.qdc"))
        #expect(codebook.themes.map(\.id) == ["testcodecommon", "testcode-new-compareqdc-sun-mar-7-12-35-30-2021"])
        #expect(codebook.themes[0].description.text(in: "sv") == "test code  in both codebooks Desc")
        #expect(codebook.themes[0].color == "#000000")
    }

    @Test func readsNestedCodes() throws {
        let codebook = try CodebookLoader.load(Paths.fixture("codebook/nested.qdc"))
        #expect(
            CodebookTestSupport.dump(codebook) == [
                "förankring [Förankring]",
                "  förankring.välfärd-nytta [Välfärd & nytta]: ",
                "  förankring.grupp.djup-kod [Grupp / Djup kod]: ",
                "etik [Etik]",
                "  etik [Etik]: ",
            ])
        #expect(codebook.themes[0].codes[0].color == "#aabbcc")
    }

    @Test func refusesDTDsAndBrokenXML() {
        #expect(
            CodebookTestSupport.errors("doctype.qdc") == [
                "codebook/doctype.qdc: error: the codebook declares a DTD. "
                    + "Remove the <!DOCTYPE> declaration; REFI-QDA codebooks need none."
            ])
        #expect(
            CodebookTestSupport.errors("broken.qdc") == [
                "codebook/broken.qdc:5:11: error: the codebook is not well-formed XML. "
                    + "Export it again from the QDA program, or correct the XML there."
            ])
    }

    @Test func exportIsDeterministicAndNamesTheNamespace() throws {
        let codebook = try CodebookLoader.load(Paths.fixture("codebook/valid.yaml"))
        let first = try CodebookWriter.data(codebook, format: .qdc)
        let text = String(decoding: first, as: UTF8.self)
        #expect(first == (try CodebookWriter.data(codebook, format: .qdc)))
        #expect(text.contains("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\""))
        #expect(
            text.contains("<Code guid=\"\(QDCGUID.guid(for: "competence"))\" name=\"Kompetens\" isCodable=\"true\""))
        #expect(text.contains("name=\"Law\" isCodable=\"false\""))
        #expect(try CodebookWriter.data(codebook, format: .qdc, language: "en") != first)
    }

    @Test func guidsAreVersion5StyleAndStable() {
        let guid = QDCGUID.guid(for: "competence.training")
        #expect(guid == QDCGUID.guid(for: "competence.training"))
        #expect(guid != QDCGUID.guid(for: "competence"))
        #expect(guid.count == 36)
        #expect(Array(guid)[14] == "5")
        #expect("89ab".contains(Array(guid)[19]))
        #expect(guid.wholeMatch(of: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/) != nil)
    }

    @Test func roundTripKeepsTheCodeHierarchy() throws {
        for fixture in ["codebook/valid.yaml", "codebook/dictionary.yml", "codebook/nested.qdc"] {
            let original = try CodebookLoader.load(Paths.fixture(fixture))
            let exported = try CodebookWriter.data(original, format: .qdc)
            let imported = try CodebookLoader.load(exported, path: "round.qdc", format: .qdc)
            #expect(hierarchy(imported) == hierarchy(original), "\(fixture)")
            #expect(
                imported.themes.map { $0.codes.first?.id == $0.id }
                    == original.themes.map { $0.codes.first?.id == $0.id }, "\(fixture)")
            #expect(imported.codes.map(\.color) == original.codes.map(\.color), "\(fixture)")
        }
    }

    @Test(.enabled(if: Paths.hasTestdata)) func readsTheCodebookOfAProjectFile() throws {
        let data = try Data(contentsOf: Paths.testdata("qda/refi-qda-ts/Project.qde"))
        let codebook = try CodebookLoader.load(data, path: "Project.qde", format: .qdc)
        #expect(!codebook.themes.isEmpty)
    }
}
