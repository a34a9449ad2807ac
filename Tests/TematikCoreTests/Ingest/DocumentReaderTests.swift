import Foundation
import Testing

@testable import TematikCore

struct DocumentReaderTests {
    /// Scans and reads a corpus folder the way the pipeline does.
    private func readAll(_ root: URL, options: ReadOptions = ReadOptions()) throws
        -> (listing: CorpusListing, metadata: MetadataTable?, results: [String: Result<Document, Diagnostic>])
    {
        let listing = try CorpusScanner.scan(root: root)
        let metadata = try listing.metadata.map {
            try MetadataTable.read(try Data(contentsOf: $0), path: listing.displayPath(for: "metadata.csv"))
        }
        var results: [String: Result<Document, Diagnostic>] = [:]
        for entry in listing.documents {
            results[entry.id] = DocumentReader.read(entry, root: root, options: options, metadata: metadata)
        }
        return (listing, metadata, results)
    }

    @Test func fixtureCorpusEndToEnd() throws {
        let root = Paths.fixture("ingest/corpus")
        let (listing, metadata, results) = try readAll(root)
        let corpus = root.path
        let documents = try listing.documents.map { try #require(results[$0.id]).get() }

        #expect(
            documents.map(\.id) == [
                "anteckningar.md", "del2/uppföljning.txt", "intervju-01.txt", "teams.vtt", "zoom.srt",
            ])
        #expect(documents.map(\.encoding) == ["UTF-8", "UTF-8", "UTF-8", "UTF-8", "UTF-8"])
        #expect(
            documents.map(\.attributes) == [
                ["kommun": "Stor"], ["kommun": "Liten"], ["kommun": "Liten"], ["kommun": "Mellan"], [:],
            ])
        #expect(documents[2].sha256 == "8fa813ba4ae982225a97ce012741c52565f3f3722944c62629404b1998c82711")

        #expect(
            documents[0].segments == [
                Segment(index: 0, speaker: nil, role: .respondent, text: "# Fokusgrupp", line: 1),
                Segment(index: 1, speaker: "Moderator", role: .interviewer, text: "Välkomna.", line: 3),
                Segment(index: 2, speaker: "Anna", role: .respondent, text: "Tack.", line: 4),
                Segment(index: 3, speaker: "Anna", role: .respondent, text: "Jag håller med.", line: 5),
            ])
        #expect(
            documents[1].segments == [
                Segment(index: 0, speaker: "Intervjuare", role: .interviewer, text: "Något mer?", line: 1),
                Segment(index: 1, speaker: "R", role: .respondent, text: "Nej.", line: 2),
            ])
        #expect(
            documents[2].segments == [
                Segment(index: 0, speaker: nil, role: .respondent, text: "Projekt: AI i kommunen", line: 1),
                Segment(
                    index: 1, speaker: "Intervjuare", role: .interviewer, text: "Hur använder ni AI idag?", line: 3,
                    start: 5),
                Segment(
                    index: 2, speaker: "IP1", role: .respondent,
                    text:
                        "Vi har börjat med en chattbot.\nDen svarar på frågor om bygglov.\n"
                        + "Obs: inspelningen bröts här.",
                    line: 4),
                Segment(index: 3, speaker: "Intervjuare", role: .interviewer, text: "Och kompetensen?", line: 8),
                Segment(index: 4, speaker: "IP1", role: .respondent, text: "Vi saknar kompetens.", line: 9, start: 70),
            ])
        #expect(
            documents[3].segments == [
                Segment(
                    index: 0, speaker: "Karin Berg", role: .interviewer, text: "Välkommen till intervjun. Vi börjar.",
                    line: 1, start: 1, end: 6),
                Segment(
                    index: 1, speaker: "Olle Ek", role: .respondent, text: "Tack & hej.", line: 3, start: 6, end: 9.25),
            ])
        #expect(
            documents[4].segments == [
                Segment(
                    index: 0, speaker: "Lisa", role: .respondent, text: "Hej allihop. Kan ni höra mig?", line: 1,
                    start: 1, end: 5),
                Segment(index: 1, speaker: "Per", role: .respondent, text: "Ja. Absolut.", line: 3, start: 5, end: 8.5),
            ])

        #expect(documents.map(\.warnings.count) == [0, 0, 0, 0, 1])
        #expect(
            documents[4].warnings.first?.description == "\(corpus)/zoom.srt: warning: no row in "
                + "\(corpus)/metadata.csv, so the document has no attributes. Add a row for 'zoom.srt' to metadata.csv."
        )
        let missing = try #require(metadata).warningsForMissingFiles(documentIDs: Set(listing.documents.map(\.id)))
        #expect(
            missing.map(\.description) == [
                "\(corpus)/metadata.csv:6: warning: 'saknas.txt' is listed but there is no such document in the "
                    + "corpus. "
                    + "Correct the file name (paths are relative to the corpus folder), or remove the row."
            ])
        #expect(listing.skipped == ["notes.pdf"])
    }

    @Test func interviewerNamesFromOptionsApplyToEveryFile() throws {
        let (_, _, results) = try readAll(
            Paths.fixture("ingest/corpus"), options: ReadOptions(interviewerNames: ["Lisa"]))
        let zoom = try #require(results["zoom.srt"]).get()
        #expect(zoom.segments.map(\.role) == [.interviewer, .respondent])
    }

    @Test func badFilesFailAloneWhileTheOthersRead() throws {
        let root = Paths.fixture("ingest/bad")
        let (_, _, results) = try readAll(root)
        let folder = root.path
        func error(_ id: String) -> String? {
            guard case .failure(let diagnostic) = results[id] else { return nil }
            return diagnostic.description
        }
        #expect(
            error("empty.txt")
                == "\(folder)/empty.txt: error: file is empty. Add the transcript's text, or remove the file.")
        #expect(
            error("binary.txt") == "\(folder)/binary.txt: error: binary file: NUL byte at offset 2, so this is not a "
                + "text file. Export the transcript as plain text (.txt), or give it the extension of its real format.")
        #expect(
            error("fake.docx") == "\(folder)/fake.docx: error: not a ZIP file, as every .docx file is. "
                + "Is it really a .docx? Open it in Word and save it again as .docx.")
        #expect(
            error("no-header.vtt") == "\(folder)/no-header.vtt:1: error: no 'WEBVTT' header, so this is not a WebVTT "
                + "file. Check that the file is a subtitle export; a WebVTT file starts with the line 'WEBVTT'.")

        let good = try #require(results["good.txt"]).get()
        #expect(good.segments.map(\.text) == ["Hej.", "Hej hej."])
        let srt = try #require(results["srt-named.vtt"]).get()
        #expect(srt.segments.map(\.text) == ["Hej."])
        #expect(srt.warnings.map(\.location) == [SourceLocation(file: "\(folder)/srt-named.vtt", line: 1)])

        let windows = try #require(results["windows-1252.txt"]).get()
        #expect(windows.encoding == "Windows-1252")
        #expect(windows.segments.map(\.text) == ["Hur går det?", "Bra – tack, “så klart”."])
        #expect(
            windows.warnings.map(\.location) == [
                SourceLocation(file: "\(folder)/windows-1252.txt", line: 1, column: 19)
            ])
        #expect(windows.warnings.first?.problem == "not valid UTF-8 (byte 0xE5 at offset 18); read as Windows-1252")

        let invalid = try #require(results["invalid-utf8.txt"]).get()
        // The whole file is read as Windows-1252, so the valid UTF-8 "Å" before the bad byte becomes "Ã…".
        #expect(invalid.segments.map(\.text) == ["Hej.", "Ã…h Ã( nej."])
        #expect(
            invalid.warnings.map(\.location) == [SourceLocation(file: "\(folder)/invalid-utf8.txt", line: 2, column: 9)]
        )
        #expect(invalid.warnings.first?.problem == "not valid UTF-8 (byte 0xC3 at offset 26); read as Windows-1252")
    }

    @Test func unreadableFileAndFolderNamedDocx() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "IP: Läsbar.")
        let locked = try folder.write("b.txt", "IP: Låst.")
        try folder.write("x.docx/word/document.xml", "<w:document/>")
        chmod(locked.path, 0)
        let (listing, _, results) = try readAll(folder.url)

        #expect(listing.documents.map(\.id) == ["a.txt", "b.txt"])
        #expect(
            listing.errors.map(\.description) == [
                "\(folder.url.path)/x.docx: error: is a directory, not a document. "
                    + "Replace the folder with the document itself, or rename the folder."
            ])
        #expect(try results["a.txt"]?.get().segments.map(\.text) == ["Läsbar."])
        if getuid() == 0 {
            // root reads the file anyway; what matters is that nothing crashed.
            #expect(try results["b.txt"]?.get().segments.map(\.text) == ["Låst."])
        } else {
            guard case .failure(let diagnostic) = results["b.txt"] else {
                Issue.record("b.txt was read despite mode 000")
                return
            }
            #expect(
                diagnostic.description == "\(folder.url.path)/b.txt: error: file cannot be read: permission denied. "
                    + "Give yourself read permission (chmod u+r '\(folder.url.path)/b.txt'), "
                    + "or move the file out of the corpus."
            )
        }
    }
}
