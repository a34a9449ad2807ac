import Foundation
import Testing

@testable import TematikCore

/// Inputs under `Tests/Fixtures/fuzz/` that once crashed a reader under `Fuzz/run.sh`; each now fails
/// with a diagnostic instead.
@Suite struct FuzzRegressionTests {
    /// The problem reading `data` as a Word file reports, or `nil` (and a recorded issue) if it is read.
    static func officeProblem(_ data: Data) -> String? {
        do {
            _ = try OfficeReader.paragraphs(from: data, format: .docx, path: "fuzz.docx")
            Issue.record("the file was read")
        } catch let diagnostic as Diagnostic {
            return diagnostic.problem
        } catch {
            Issue.record("unexpected \(error)")
        }
        return nil
    }

    /// A ZIP whose end record puts the central directory past the end of the file made ZIPFoundation trap.
    /// (Found by `Fuzz/run.sh office`; rebuilt here from a fixture of our own by moving the directory
    /// offset of the end record past the end, which is what the fuzzer's input did.)
    @Test func officeDirectoryPastTheEnd() throws {
        var data = try Data(contentsOf: Paths.fixture("ingest/office/features.docx"))
        let end = try #require(data.lastRange(of: Data([0x50, 0x4B, 0x05, 0x06]))).lowerBound
        let offset = UInt32(data.count + 100)
        data.replaceSubrange((end + 16)..<(end + 20), with: withUnsafeBytes(of: offset.littleEndian) { Data($0) })
        let problem = try #require(Self.officeProblem(data))
        #expect(
            problem.hasPrefix(
                "the ZIP archive is truncated or damaged: its central directory "
                    + "(offset \(offset), "))
        #expect(problem.hasSuffix("lies outside the file"))
    }

    /// A deflate stream that has not ended when the entry's compressed bytes do (a non-final stored block, 5 bytes
    /// in): ZIPFoundation read on to the end of the file and then looped forever. (Found by `Fuzz/run.sh office`
    /// as a timeout; rebuilt here as a ZIP of our own, written byte by byte.)
    @Test(.timeLimit(.minutes(1))) func officeDeflateStreamWithoutEnd() throws {
        let data = try Data(contentsOf: Paths.fixture("fuzz/office-deflate-stream-without-end.docx"))
        let problem = try #require(Self.officeProblem(data))
        #expect(
            problem
                == "the ZIP entry '_rels/.rels' is damaged (its deflate stream does not end within its compressed size)"
        )
    }

    /// A stored entry with a data descriptor (flag bit 3) and an uncompressed size far past the end of the file:
    /// ZIPFoundation looked for the descriptor there and crashed reading its in-memory file. (Found by
    /// `Fuzz/run.sh office`; rebuilt here as a ZIP of our own.)
    @Test func officeDataDescriptorPastTheEnd() throws {
        let data = try Data(contentsOf: Paths.fixture("fuzz/office-data-descriptor-past-the-end.docx"))
        let problem = try #require(Self.officeProblem(data))
        #expect(
            problem
                == "the ZIP archive is truncated or damaged: an entry's data descriptor lies past the end of the file"
        )
    }

    /// An end record with the ZIP64 entry-count marker (65535) but no ZIP64 locator, and a directory past the end.
    @Test func officeZip64MarkerWithoutLocator() throws {
        let data = try Data(contentsOf: Paths.fixture("fuzz/office-entry-count-marker.docx"))
        let problem = try #require(Self.officeProblem(data))
        #expect(
            problem == "the ZIP archive is truncated or damaged: its central directory "
                + "(offset 671, 22 bytes) lies outside the file")
    }

    /// A central-directory entry with the ZIP64 offset marker but no ZIP64 extra field made ZIPFoundation
    /// seek 4 GiB into the data and trap (`Fuzz/run.sh office`; the fixture is our own `features.docx`
    /// with that one field changed).
    @Test func officeZip64MarkerWithoutField() throws {
        let data = try Data(contentsOf: Paths.fixture("fuzz/office-zip64-marker-without-field.docx"))
        let problem = try #require(Self.officeProblem(data))
        #expect(
            problem == "the ZIP archive is truncated or damaged: "
                + "an entry marks its size or offset as ZIP64 but has no ZIP64 field")
    }

    /// A `.qdc` with an element name that is not UTF-8 made Foundation's XMLParser trap.
    @Test func qdcNameThatIsNotUTF8() throws {
        let data = try Data(contentsOf: Paths.fixture("fuzz/codebook-qdc-invalid-utf8-name.qdc"))
        do {
            _ = try CodebookLoader.load(data, path: "crash.qdc", format: .qdc)
            Issue.record("the file was read")
        } catch let error as CodebookError {
            #expect(
                error.diagnostics.map(\.description) == [
                    "crash.qdc: error: the codebook is not UTF-8 text, as REFI-QDA files are. "
                        + "Export it again from the QDA program, or save it as UTF-8."
                ])
        }
    }

    /// A processing instruction without data (`<?xm?>`) made Foundation's XMLParser read a null pointer
    /// (`Fuzz/run.sh codebook`; the fixture is written by hand with the same instruction).
    @Test func qdcProcessingInstructionWithoutData() throws {
        let data = try Data(contentsOf: Paths.fixture("fuzz/codebook-qdc-processing-instruction.qdc"))
        do {
            _ = try CodebookLoader.load(data, path: "crash.qdc", format: .qdc)
            Issue.record("the file was read")
        } catch let error as CodebookError {
            #expect(
                error.diagnostics.map(\.description) == [
                    "crash.qdc: error: the codebook holds an XML processing instruction (<?…?>). "
                        + "Remove it; a REFI-QDA codebook needs none besides the <?xml …?> declaration."
                ])
        }
    }

    /// A part declared as UTF-7 that holds UTF-8: libxml2's failed conversion went to its generic error
    /// handler, which printed it to stderr, and the diagnostic said only "not well-formed". (Found by
    /// `Fuzz/run.sh office`; rebuilt from `features.docx` with its declaration changed.)
    @Test func officeEncodingConversionFailure() throws {
        let data = try Data(contentsOf: Paths.fixture("fuzz/office-encoding-conversion-failure.docx"))
        let problem = try #require(Self.officeProblem(data))
        #expect(
            problem
                == "word/main part.xml is not well-formed XML "
                + "(input conversion failed due to input error, bytes 0xC3 0xA4 0x72 0x3C)")
    }

    /// An end record whose comment length runs past the file: ZIPFoundation's in-memory archive refused
    /// it and leaked the whole file's bytes, which made the office harness grow to its 2 GB limit. (Found by
    /// LeakSanitizer, `-sanitize=fuzzer,address`, on `Fuzz/run.sh office`'s corpus; rebuilt from our own
    /// fixture by raising the comment length.)
    @Test func officeEndRecordCommentPastTheEnd() throws {
        var data = try Data(contentsOf: Paths.fixture("ingest/office/features.docx"))
        let end = try #require(data.lastRange(of: Data([0x50, 0x4B, 0x05, 0x06]))).lowerBound
        data[end + 20] = 0x10
        let problem = try #require(Self.officeProblem(data))
        #expect(
            problem
                == "the ZIP archive is truncated or damaged: its end-of-central-directory record announces "
                + "a comment longer than the rest of the file")
    }
}
