import Foundation
import Testing
@testable import TematikCore

/// Inputs under `Tests/Fixtures/fuzz/` that once crashed a reader under `Fuzz/run.sh`; each now fails
/// with a diagnostic instead.
@Suite struct FuzzRegressionTests {
    /// A ZIP whose end record puts the central directory past the end of the file made ZIPFoundation trap.
    @Test func officeDirectoryPastTheEnd() throws {
        let data = try Data(contentsOf: Paths.fixture("fuzz/office-directory-past-end.docx"))
        do {
            _ = try OfficeReader.paragraphs(from: data, format: .docx, path: "crash.docx")
            Issue.record("the file was read")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.problem == "the ZIP archive is truncated or damaged: its central directory "
                + "(offset 11634, 729 bytes) lies outside the file")
        }
    }

    /// An end record with the ZIP64 entry-count marker (65535) but no ZIP64 locator, and a directory past the end.
    @Test func officeZip64MarkerWithoutLocator() throws {
        let data = try Data(contentsOf: Paths.fixture("fuzz/office-entry-count-marker.docx"))
        do {
            _ = try OfficeReader.paragraphs(from: data, format: .docx, path: "crash.docx")
            Issue.record("the file was read")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.problem == "the ZIP archive is truncated or damaged: its central directory "
                + "(offset 671, 22 bytes) lies outside the file")
        }
    }

    /// A `.qdc` with an element name that is not UTF-8 made Foundation's XMLParser trap.
    @Test func qdcNameThatIsNotUTF8() throws {
        let data = try Data(contentsOf: Paths.fixture("fuzz/codebook-qdc-invalid-utf8-name.qdc"))
        do {
            _ = try CodebookLoader.load(data, path: "crash.qdc", format: .qdc)
            Issue.record("the file was read")
        } catch let error as CodebookError {
            #expect(error.diagnostics.map(\.description) == [
                "crash.qdc: error: the codebook is not UTF-8 text, as REFI-QDA files are. "
                    + "Export it again from the QDA program, or save it as UTF-8."
            ])
        }
    }
}
