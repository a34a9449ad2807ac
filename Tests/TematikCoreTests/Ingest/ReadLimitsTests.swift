import Foundation
import Testing
import ZIPFoundation

@testable import TematikCore

/// Every ``ReadLimits`` and ``ZipLimits/maxEntries`` bound: a file past it fails with an error that names
/// the limit and the flag that raises it. Small limits and inputs made in the test keep each test fast.
@Suite struct ReadLimitsTests {
    private let roles = SpeakerRoles()

    /// A Word package with only `word/document.xml` (read when there is no `_rels/.rels`) holding `body`,
    /// and `padding` empty entries besides.
    static func docx(body: String, padding: Int = 0) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let xml = Data(
            ("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + body + "</w:body></w:document>").utf8)
        try archive.addEntry(
            with: "word/document.xml", type: .file, uncompressedSize: Int64(xml.count), compressionMethod: .deflate
        ) { (position: Int64, size: Int) in
            xml.subdata(in: Int(position)..<Int(position) + size)
        }
        for index in 0..<padding {
            try archive.addEntry(with: "pad/\(index)", type: .file, uncompressedSize: Int64(0)) { (_: Int64, _: Int) in
                Data()
            }
        }
        return try #require(archive.data)
    }

    private func error(_ body: () throws -> Any) -> String? {
        do {
            _ = try body()
            return nil
        } catch {
            return (error as? Diagnostic)?.description
        }
    }

    @Test func fileSizeIsCheckedBeforeReading() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("huge.txt")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 2 << 30)  // sparse: no disk blocks and no memory for the 2 GiB
        try handle.close()
        let entry = CorpusEntry(id: "huge.txt", format: .txt, url: url)
        let result = DocumentReader.read(entry, root: folder.url, options: ReadOptions(), metadata: nil)
        guard case .failure(let diagnostic) = result else { Issue.record("a 2 GiB file was read"); return }
        #expect(
            diagnostic.problem == "the file's size of 2147483648 bytes exceeds the limit of 268435456 bytes "
                + "(256 MiB)")
        #expect(diagnostic.fix == "Raise it with --max-file-mib if the file is genuine.")
        #expect(diagnostic.location.file.hasSuffix("huge.txt"))
    }

    @Test func longLineNamesTheLine() {
        let limits = ReadLimits(maxLineLength: 10)
        let data = Data("Anna: ok\nAnna: this line is long\n".utf8)
        #expect(
            error { try TextReader.read(data, path: "t.txt", roles: roles, limits: limits) }
                == "t.txt:2: error: line 2 is 23 bytes long and exceeds the limit of 10 bytes. "
                + "Raise it with --max-line-kib if the file is genuine.")
        #expect(
            error { try SubtitleReader.read(data, path: "t.srt", format: .srt, roles: roles, limits: limits) }
                == "t.srt:2: error: line 2 is 23 bytes long and exceeds the limit of 10 bytes. "
                + "Raise it with --max-line-kib if the file is genuine.")
    }

    @Test func lastLineWithoutNewlineIsChecked() {
        let limits = ReadLimits(maxLineLength: 4)
        #expect(
            error { try TextReader.read(Data("ok\r\nlonger".utf8), path: "t.txt", roles: roles, limits: limits) }
                == "t.txt:2: error: line 2 is 6 bytes long and exceeds the limit of 4 bytes. "
                + "Raise it with --max-line-kib if the file is genuine.")
    }

    @Test func segmentsPerDocument() {
        let data = Data("A: ett\nB: två\nA: tre\nB: fyra\n".utf8)
        let limits = ReadLimits(maxSegments: 3)
        #expect(
            error { try DocumentReader.read(data, format: .txt, path: "s.txt", roles: roles, limits: limits) }
                == "s.txt: error: the document's 4 segments exceeds the limit of 3 segments. "
                + "Raise it with --max-segments if the file is genuine.")
        #expect(error { try DocumentReader.read(data, format: .txt, path: "s.txt", roles: roles) } == nil)
    }

    @Test func tokensPerSegment() {
        let data = Data("A: ett\nB: tre, fyra och AI-strategin\nA: ja\nB: nej\n".utf8)
        let limits = ReadLimits(maxTokensPerSegment: 4)
        #expect(
            error { try DocumentReader.read(data, format: .txt, path: "s.txt", roles: roles, limits: limits) }
                == "s.txt:2: error: the 5 words of segment 2 exceeds the limit of 4 tokens per segment. "
                + "Raise it with --max-segment-tokens if the file is genuine.")
    }

    @Test func xmlDepth() throws {
        let deep = String(repeating: "<w:p>", count: 20) + String(repeating: "</w:p>", count: 20)
        let data = try Self.docx(body: deep)
        let limits = ReadLimits(maxXMLDepth: 10)
        #expect(
            error {
                try OfficeReader.paragraphs(from: data, format: .docx, path: "d.docx", readLimits: limits)
            } == "d.docx: error: the XML nesting in word/document.xml exceeds the limit of 10 levels. "
                + "Raise it with --max-xml-depth if the file is genuine.")
    }

    @Test func deepXMLPastLibxml2sOwnLimitGetsTheSameError() throws {
        let deep = String(repeating: "<w:p>", count: 50_000) + String(repeating: "</w:p>", count: 50_000)
        let data = try Self.docx(body: deep)
        #expect(
            error { try OfficeReader.paragraphs(from: data, format: .docx, path: "d.docx") }
                == "d.docx: error: the XML nesting in word/document.xml exceeds the limit of 256 levels. "
                + "Raise it with --max-xml-depth if the file is genuine.")
    }

    @Test func xmlNodes() throws {
        let data = try Self.docx(body: String(repeating: "<w:p><w:r><w:t>x</w:t></w:r></w:p>", count: 20))
        let limits = ReadLimits(maxXMLNodes: 50)
        #expect(
            error {
                try OfficeReader.paragraphs(from: data, format: .docx, path: "n.docx", readLimits: limits)
            } == "n.docx: error: the number of XML nodes in word/document.xml exceeds the limit of 50 nodes. "
                + "Raise it with --max-xml-nodes if the file is genuine.")
        #expect(try OfficeReader.paragraphs(from: data, format: .docx, path: "n.docx").count == 20)
    }

    @Test func zipEntries() throws {
        let data = try Self.docx(body: "<w:p><w:r><w:t>x</w:t></w:r></w:p>", padding: 10)
        let limits = ZipLimits(maxEntries: 5)
        #expect(
            error { try OfficeReader.paragraphs(from: data, format: .docx, path: "z.docx", limits: limits) }
                == "z.docx: error: the number of entries in the ZIP archive exceeds the limit of 5 entries. "
                + "Raise it with --max-zip-entries if the file is genuine.")
        #expect(try OfficeReader.paragraphs(from: data, format: .docx, path: "z.docx").count == 1)
    }
}
