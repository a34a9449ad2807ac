import Foundation
import Testing

@testable import TematikCore

/// .docx and .odt fixtures made by `Tests/Fixtures/ingest/office/make-fixtures.py`.
@Suite struct OfficeReaderTests {
    @Test func docxConstructsBecomeText() throws {
        let paragraphs = try OfficeTestSupport.fixture("features.docx")
        #expect(
            paragraphs.map(\.text) == [
                "Intervjuare: Hej där",  // bold label, paragraph-mark bold ignored
                "Inte fet text",  // w:b w:val="0"
                "a\tb\nc\ne-post",  // tab, br, cr, noBreakHyphen; sym and softHyphen dropped
                "Kvar infogat slut",  // insertion kept, deletion dropped
                "Sida 7 features.docx",  // field result kept, instruction dropped; fldSimple runs kept
                "länk",  // hyperlink runs
                "Före efter",  // paragraph anchoring a text box comes first
                "Textruta",  // text box once: mc:Choice taken, mc:Fallback skipped
                "A1", "B1", "B1 rad 2",  // table cell by cell
                "",  // empty paragraphs are kept so paragraph numbers match Word's
                "versaler",  // w:caps is display only
            ])
    }

    @Test func leadingBoldRunsBecomeBoldPrefix() throws {
        let paragraphs = try OfficeTestSupport.fixture("features.docx")
        #expect(paragraphs.map(\.boldPrefix) == ["Intervjuare:"] + Array(repeating: nil, count: 12))
    }

    @Test func teamsTranscriptGivesSpeakersAndTimes() throws {
        let paragraphs = try OfficeTestSupport.fixture("teams.docx")
        #expect(
            paragraphs == [
                Paragraph(text: "Transkription"),
                Paragraph(text: "Hej och välkommen till mötet.", speaker: "Anna Svensson", start: 3),
                Paragraph(text: "Tack, jag börjar med AI-strategin.", speaker: "Björn Ek", start: 75),
                Paragraph(text: "Då avslutar vi.", speaker: "Anna Svensson", start: 3727),
            ])
    }

    @Test func teamsCueTimeTranscriptGivesSpeakersAndTimes() throws {
        let paragraphs = try OfficeTestSupport.fixture("teams-cues.docx")
        #expect(
            paragraphs == [
                Paragraph(text: "Transkription"),
                Paragraph(text: "Hej och välkommen.", speaker: "Anna Svensson", start: 3.12),
                Paragraph(text: "Tack så mycket.", speaker: "Björn Ek", start: 6),
            ])
    }

    @Test func odtParagraphsHeadingsSpacesAndTables() throws {
        let paragraphs = try OfficeTestSupport.fixture("sample.odt")
        #expect(
            paragraphs.map(\.text) == [
                "Rubrik", "Intervjuare: Hej", "a\tb\nc   d", "Med fotnot.", "Cell 1", "Cell 2",
            ])
        #expect(paragraphs.map(\.boldPrefix) == [nil, "Intervjuare:", nil, nil, nil, nil])
    }

    @Test func partNamesAreDecodedFromRelationshipTargets() {
        #expect(OfficeRelationships.partName("/word/main%20part.xml") == "word/main part.xml")
        #expect(OfficeRelationships.partName("word/document2.xml") == "word/document2.xml")
        #expect(OfficeRelationships.partName("./word/document.xml") == "word/document.xml")
    }
}
