import Foundation
import Testing

@testable import TematikCore

/// Broken and hostile files under `Tests/Fixtures/ingest/office/bad/`: each fails with a diagnostic
/// that says why, and none of them crashes, hangs or reads outside the file.
@Suite struct OfficeHostileInputTests {
    @Test func notAZip() {
        let diagnostic = OfficeTestSupport.diagnostic(reading: "bad/not-a-zip.docx")
        #expect(
            diagnostic?.description == "bad/not-a-zip.docx: error: the file is not a ZIP archive, so it "
                + "cannot be a Word or OpenDocument file. Check that the file was saved as .docx or .odt and not "
                + "renamed from another format.")
    }

    @Test func truncatedZip() throws {
        let diagnostic = try #require(OfficeTestSupport.diagnostic(reading: "bad/truncated.docx"))
        #expect(diagnostic.problem.hasPrefix("the ZIP archive is truncated or damaged"))
        #expect(diagnostic.location == SourceLocation(file: "bad/truncated.docx"))
    }

    @Test func noMainPart() {
        let diagnostic = OfficeTestSupport.diagnostic(reading: "bad/no-main-part.docx")
        #expect(
            diagnostic?.problem == "no main document part: _rels/.rels names 'word/document.xml' as the "
                + "main part, but the archive has no such entry")
    }

    @Test func malformedXMLNamesLineAndColumn() {
        let diagnostic = OfficeTestSupport.diagnostic(reading: "bad/malformed.docx")
        #expect(diagnostic?.problem.hasPrefix("word/document.xml is not well-formed XML (line 1, column ") == true)
        #expect(diagnostic?.problem.contains("mismatch") == true)
    }

    @Test func externalEntityIsRefusedWithoutReadingTheFile() throws {
        let diagnostic = try #require(OfficeTestSupport.diagnostic(reading: "bad/xxe.docx"))
        #expect(diagnostic.problem.hasPrefix("word/document.xml has a DOCTYPE"))
        #expect(!diagnostic.description.contains("root:"))
    }

    @Test func billionLaughsFailsFast() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let diagnostic = try #require(OfficeTestSupport.diagnostic(reading: "bad/billion-laughs.docx"))
        #expect(diagnostic.problem.hasPrefix("word/document.xml has a DOCTYPE"))
        #expect(clock.now - start < .seconds(1))
    }

    @Test func zipBombStopsAtTheEntryLimit() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let limits = ZipLimits(maxEntrySize: 1 << 20, maxCompressionRatio: .max)
        let diagnostic = try #require(OfficeTestSupport.diagnostic(reading: "bad/zip-bomb.docx", limits: limits))
        #expect(
            diagnostic.problem == "the ZIP entry 'word/document.xml' inflates to more than 1048576 bytes; "
                + "it looks like a zip bomb")
        #expect(clock.now - start < .seconds(1))
    }

    @Test func zipBombStopsAtTheRatioLimit() throws {
        let diagnostic = try #require(OfficeTestSupport.diagnostic(reading: "bad/zip-bomb.docx"))
        #expect(
            diagnostic.problem == "the ZIP entry 'word/document.xml' inflates more than 200 times its "
                + "compressed size; it looks like a zip bomb")
    }

    @Test func openDocumentSpreadsheetIsNotText() {
        let diagnostic = OfficeTestSupport.diagnostic(reading: "bad/spreadsheet.odt")
        #expect(
            diagnostic?.problem == "the file is an OpenDocument package of type "
                + "'application/vnd.oasis.opendocument.spreadsheet', not a text document")
    }
}
