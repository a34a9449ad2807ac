import Foundation
import Testing

@testable import TematikCore

struct CorpusScannerTests {
    @Test func fixtureCorpusIsListedInByteOrder() throws {
        let root = Paths.fixture("ingest/corpus")
        let listing = try CorpusScanner.scan(root: root)
        #expect(
            listing.documents.map(\.id) == [
                "anteckningar.md", "del2/uppföljning.txt", "intervju-01.txt", "teams.vtt", "zoom.srt",
            ])
        #expect(listing.documents.map(\.format) == [.md, .txt, .txt, .vtt, .srt])
        #expect(listing.metadata?.lastPathComponent == "metadata.csv")
        #expect(listing.pseudonyms == nil)
        #expect(listing.skipped == ["notes.pdf"])
        #expect(listing.errors.isEmpty)
    }

    @Test func hiddenLockFilesFoldersNamedLikeDocumentsAndCase() throws {
        let root = try TemporaryFolder()
        try root.write("B.TXT", "x")
        try root.write("a.Docm", "x")
        try root.write("~$a.docx", "x")
        try root.write(".hidden/c.txt", "x")
        try root.write(".DS_Store", "x")
        try root.write("x.docx/word/document.xml", "x")
        try root.write("pseudonyms.csv", "x")
        try root.write("sub/metadata.csv", "x")
        let listing = try CorpusScanner.scan(root: root.url)
        #expect(listing.documents.map(\.id) == ["B.TXT", "a.Docm"])
        #expect(listing.documents.map(\.format) == [.txt, .docx])
        #expect(listing.pseudonyms?.lastPathComponent == "pseudonyms.csv")
        #expect(listing.skipped == ["sub/metadata.csv"])
        #expect(listing.errors.map(\.problem) == ["is a directory, not a document"])
        #expect(listing.errors.first?.location.file.hasSuffix("/x.docx") == true)
    }

    @Test func missingRootThrows() {
        #expect(
            throws: Diagnostic(
                .error, SourceLocation(file: "no/such/folder"), "corpus folder not found",
                fix: "Give the folder that holds the transcripts with --corpus.")
        ) {
            try CorpusScanner.scan(root: URL(fileURLWithPath: "no/such/folder"))
        }
    }

    @Test(arguments: [("Corpus", "Corpus/a.txt"), ("Corpus/", "Corpus/a.txt"), (".", "a.txt"), ("/d/C", "/d/C/a.txt")])
    func displayPathStartsWithTheFolderAsGiven(_ folder: String, _ expected: String) {
        #expect(CorpusListing.displayPath(for: "a.txt", root: URL(fileURLWithPath: folder)) == expected)
    }
}
