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

    /// Links to files are read; links to folders are neither entered nor reported as folders, whatever
    /// their names (so that a link cannot make the walk loop); a broken link is listed, for reading to fail.
    @Test func symbolicLinksToFilesAreReadAndToFoldersSkipped() throws {
        let root = try TemporaryFolder()
        let outside = try TemporaryFolder()
        try outside.write("folder/inner.txt", "x")
        try outside.write("folder.txt/inner.txt", "x")
        try outside.write("file.txt", "x")
        try root.write("a.txt", "x")
        let links = [
            ("to-folder", "folder"), ("to-folder.txt", "folder.txt"), ("to-file.txt", "file.txt"),
            ("broken.txt", "missing.txt"), ("loop", "."),
        ]
        for (name, target) in links {
            try FileManager.default.createSymbolicLink(
                at: root.url.appendingPathComponent(name),
                withDestinationURL: target == "." ? root.url : outside.url.appendingPathComponent(target))
        }
        let listing = try CorpusScanner.scan(root: root.url)
        #expect(listing.documents.map(\.id) == ["a.txt", "broken.txt", "to-file.txt"])
        #expect(listing.skipped == ["loop", "to-folder", "to-folder.txt"])
        #expect(listing.errors.isEmpty)
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
