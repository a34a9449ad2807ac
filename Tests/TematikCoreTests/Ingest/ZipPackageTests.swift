import Foundation
import Testing

@testable import TematikCore

/// ZIP64 archives go through the same guarded reading as any other ZIP: entries are inflated from their own
/// bytes, found from the ZIP64 fields. The archives are `Tests/Fixtures/ingest/office/zip64/`, written by its
/// `make-zip64.py` from our own `features.docx` and `sample.odt`.
@Suite struct ZipPackageTests {
    static func zip64(_ name: String) throws -> Data {
        try Data(contentsOf: Paths.fixture("ingest/office/zip64/" + name))
    }

    /// The error reading `data` throws, within a second.
    static func failure(reading data: Data, path: String) throws -> Diagnostic {
        let clock = ContinuousClock()
        let start = clock.now
        defer { #expect(clock.now - start < .seconds(1)) }
        do {
            _ = try OfficeReader.paragraphs(from: data, format: .docx, path: path)
        } catch let diagnostic as Diagnostic {
            return diagnostic
        }
        Issue.record("\(path) was read")
        return Diagnostic(.error, SourceLocation(file: path), "read")
    }

    @Test(arguments: ["infozip-fz.docx", "python-force.docx", "full.docx"])
    func zip64DocxReadsAsTheOriginal(_ name: String) throws {
        let original = try OfficeTestSupport.fixture("features.docx")
        #expect(try OfficeTestSupport.fixture("zip64/" + name) == original)
        #expect(original.count == 13)
    }

    @Test func zip64OdtReadsAsTheOriginal() throws {
        let original = try OfficeTestSupport.fixture("sample.odt")
        #expect(try OfficeTestSupport.fixture("zip64/infozip-fz.odt") == original)
        #expect(!original.isEmpty)
    }

    /// `full.docx` marks every size and offset but the first entry's offset 0: the walk takes them all from
    /// the ZIP64 fields, and the spans start after the local headers' 16-byte ZIP64 fields.
    @Test func theWalkTakesSizesAndOffsetsFromTheZip64Fields() throws {
        let data = try Self.zip64("full.docx")
        let entries = try data.withUnsafeBytes { try ZipBounds.entries(in: $0, limit: 10) }
        #expect(entries.map(\.uncompressedSize) == [293, 301, 2334])
        #expect(entries.map(\.localHeader) == [0, 252, 492])
        let spans = data.withUnsafeBytes { bytes in entries.map { ZipEntrySpan($0, in: bytes) } }
        let starts = [0 + 30 + 19 + 20, 252 + 30 + 11 + 20, 492 + 30 + 18 + 20]
        #expect(spans.map { $0?.range.lowerBound } == starts)
        #expect(spans.map { $0?.range.count } == entries.map(\.compressedSize))
    }

    @Test(.timeLimit(.minutes(1))) func aZip64EntryLargerThanItsBytesIsRefused() throws {
        let diagnostic = try Self.failure(reading: try Self.zip64("entry-past-the-end.docx"), path: "big.docx")
        #expect(
            diagnostic.description
                == "big.docx: error: the ZIP archive is truncated or damaged: an entry's data runs past the end of the "
                + "file. Copy the file again from its source, or open and re-save it in Word or LibreOffice.")
    }

    /// Before ZIP64 archives were walked, ZIPFoundation inflated this one on its own and never returned.
    @Test(.timeLimit(.minutes(1))) func aZip64DeflateStreamWithoutEndFails() throws {
        let diagnostic = try Self.failure(reading: try Self.zip64("deflate-stream-without-end.docx"), path: "hang.docx")
        #expect(
            diagnostic.problem
                == "the ZIP entry '_rels/.rels' is damaged "
                + "(its deflate stream does not end within its compressed size)")
    }

    @Test func aZip64OffsetOfZeroIsRefusedAsUnsupported() throws {
        let diagnostic = try Self.failure(reading: try Self.zip64("zero-offset-marker.docx"), path: "noll.docx")
        #expect(
            diagnostic.description
                == "noll.docx: error: the ZIP archive cannot be read safely: the entry '[Content_Types].xml' gives "
                + "its local header's offset as a ZIP64 value of 0, which ZIPFoundation reads as 4 GiB. Open and "
                + "re-save it in Word or LibreOffice, or zip it again without forcing ZIP64 (no 'zip -fz').")
    }

    @Test func aZip64LocatorWithoutItsRecordIsRefused() throws {
        var data = try Self.zip64("full.docx")
        let record = try #require(data.lastRange(of: Data([0x50, 0x4B, 0x06, 0x06]))).lowerBound
        data[record + 3] = 0x00
        let diagnostic = try Self.failure(reading: data, path: "trasig.docx")
        #expect(
            diagnostic.problem == "the ZIP archive is truncated or damaged: "
                + "its ZIP64 end record is missing or not right before its ZIP64 locator")
    }

    /// An entry compressed with a method ZIPFoundation cannot inflate (12, bzip2) is refused by name, not
    /// handed to ZIPFoundation's own extraction.
    @Test func anEntryWithAnotherCompressionMethodIsRefused() throws {
        var data = try Data(contentsOf: Paths.fixture("ingest/office/features.docx"))
        let local = try #require(data.lastRange(of: Data([0x50, 0x4B, 0x03, 0x04]))).lowerBound
        data[local + 8] = 12
        let diagnostic = try Self.failure(reading: data, path: "bzip2.docx")
        #expect(
            diagnostic.description
                == "bzip2.docx: error: the ZIP entry 'word/main part.xml' is compressed with method 12, not stored or "
                + "deflate. Open and re-save the file in Word or LibreOffice, which compress with deflate.")
    }

    /// The walk stops one entry past the limit, so a huge directory is never walked in full.
    @Test func theWalkStopsOneEntryPastTheLimit() throws {
        let data = try Self.zip64("full.docx")
        #expect(try data.withUnsafeBytes { try ZipBounds.entries(in: $0, limit: 1) }.count == 2)
        #expect(try data.withUnsafeBytes { try ZipBounds.entries(in: $0, limit: 3) }.count == 3)
        let limits = ZipLimits(maxEntries: 2)
        #expect(throws: Diagnostic.self) {
            try OfficeReader.paragraphs(from: data, format: .docx, path: "full.docx", limits: limits)
        }
    }
}
