import Foundation
import Testing

@testable import TematikCore

/// Real Word files from `../shared/testdata/docx/`, checked against the expectations their upstream
/// projects state (EXPECTED.md / EXPECTED.tsv there). Only the main part is read, so words that POI
/// finds in headers, footers and notes are absent here by design.
@Suite(.enabled(if: Paths.hasTestdata)) struct OfficeTestdataTests {
    private func text(_ path: String) throws -> String {
        try OfficeTestSupport.testdata("docx/" + path).map(\.text).joined(separator: "\n")
    }

    @Test func everyWordFileReadsOrFailsWithADiagnostic() throws {
        let root = Paths.testdata("docx")
        let files = try #require(FileManager.default.enumerator(atPath: root.path)).compactMap { $0 as? String }
            .filter { [".docx", ".docm", ".dotx"].contains(where: $0.hasSuffix) }.sorted()
        #expect(files.count >= 100)
        var read = 0
        for file in files {
            do {
                _ = try OfficeTestSupport.testdata("docx/" + file)
                read += 1
            } catch {
                #expect(error is Diagnostic, "\(file): \(error)")
            }
        }
        #expect(read == files.count)
    }

    @Test func poiSample() throws {
        let text = try text("apache-poi/sample.docx")
        #expect(
            text.hasPrefix(
                "Lorem ipsum dolor sit amet, consectetuer adipiscing elit. Nunc at risus vel erat "
                    + "tempus posuere. Aenean non ante. Suspendisse vehicula dolor sit amet odio."))
        #expect(
            text.hasSuffix(
                "Phasellus ultricies mi nec leo. Sed tempus. In sit amet lorem at velit faucibus "
                    + "vestibulum."))
    }

    @Test func poiHyperlinksAndBold() throws {
        let paragraphs = try OfficeTestSupport.testdata("docx/apache-poi/TestDocument.docx")
        #expect(
            paragraphs.map(\.text) == [
                "This is a test document.", "This bit is in bold and italic", "Back to normal",
                "This contains BOLD, ITALIC and BOTH, as well as RED and YELLOW text.",
                "We have a hyperlink here, and another.",
            ])
        #expect(paragraphs[1].boldPrefix == "This bit is in bold and italic")
    }

    @Test func poiTabsFieldsAndStoredCase() throws {
        #expect(try text("apache-poi/WithTabs.docx").contains("a\tb"))
        #expect(try text("apache-poi/FldSimple.docx") == "FldSimple.docx")
        #expect(try text("apache-poi/capitalized.docx") == "The following word is: capitalized.")
        #expect(try text("apache-poi/61991.docx").contains("Sequencing data"))
        #expect(try text("apache-poi/footnotes.docx").contains("Eto ochen prostoy text so snoskoy"))
    }

    @Test func poiTemplateSkipsGlossary() throws {
        let text = try text("apache-poi/60316.dotx")
        #expect(text.contains("Getting the perfect"))
        #expect(!text.contains("table rows"))
    }

    @Test func mammothTablesTextBoxAndLists() throws {
        #expect(
            try OfficeTestSupport.texts(OfficeTestSupport.testdata("docx/mammoth/tables.docx")) == [
                "Above", "Top left", "Top right", "Bottom left", "Bottom right", "Below",
            ])
        #expect(
            try OfficeTestSupport.texts(OfficeTestSupport.testdata("docx/mammoth/text-box.docx"))
                == ["Datum plane"])
        #expect(
            try OfficeTestSupport.texts(OfficeTestSupport.testdata("docx/mammoth/simple-list.docx"))
                == ["Apple", "Banana"])
        #expect(try text("mammoth/single-paragraph.docx") == "Walking on imported air")
        #expect(try text("mammoth/footnotes.docx") == "Ouch.")
        #expect(try text("mammoth/comments.docx") == "Ouch.")
        #expect(try text("mammoth/empty.docx") == "")
    }

    @Test func pandocTrackedChangesAreAccepted() throws {
        #expect(try text("pandoc/track_changes_deletion.docx") == "This is a text with a deletion.")
        #expect(try text("pandoc/track_changes_insertion.docx") == "This is a text with two exciting insertions.")
    }

    @Test func pandocTabsAndLinks() throws {
        #expect(
            try OfficeTestSupport.texts(OfficeTestSupport.testdata("docx/pandoc/tabs.docx"))
                == ["Some text separated\tby a tab.", "\tTab-indented text."])
        #expect(
            try OfficeTestSupport.texts(OfficeTestSupport.testdata("docx/pandoc/links.docx")).prefix(2)
                == ["An internal link and an external link", "An external link to a popular website."])
    }
}
