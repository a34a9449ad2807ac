import Foundation
import GRDB
import Testing
import ZIPFoundation

@testable import TematikCore

/// A whole run with `pseudonymize` over `Tests/Fixtures/privacy`, whose transcripts are full of names and
/// numbers, and two of whose files are named after a participant with her personnummer.
@Suite struct PseudonymizedRunTests {
    /// Every real name and number in the fixture corpus; none may appear in any output.
    static let secrets = [
        "Anna Berg", "Anna", "Johan Lind", "Johan", "Lisa Holm", "Per Nyström", "Nyström", "Karin Ek",
        "Sundsvall", "850709-1232", "8507091232", "851269-4566", "19900101-2385", "0101011237",
        "anna.berg@exempel.se", "k.ek@kommun.example.org", "lisa_holm@exempel.se", "070-123 45 67",
        "08-555 123 45", "+46 8 123 456 78", "Lisa_Holm", "lisa-holm",
    ]

    /// The document ids of the fixture corpus, plain and masked, in document-id order.
    static let documentIDs = [
        "intervju-01.txt", "intervju-02.txt", "intervju-03.txt", "intervjuer/Lisa_Holm_850709-1232.txt",
        "intervjuer/lisa-holm_850709-1232.txt",
    ]
    static let maskedDocumentIDs = [
        "intervju-01.txt", "intervju-02.txt", "intervju-03.txt", "intervjuer/IP02_[personnummer].txt",
        "intervjuer/IP02_[personnummer]-2.txt",
    ]

    static func run(
        pseudonymize: Bool?, jobs: Int = 2, codebook: URL = Paths.fixture("privacy/codebook.yaml"),
        projectFile: ProjectFile? = nil, corpus: URL = Paths.fixture("privacy/corpus"), qdpx: String? = nil
    ) async throws -> (out: URL, summary: RunSummary) {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("tematik-privacy-\(UUID().uuidString)")
        var options = RunOptions(corpus: corpus, codebook: codebook, output: out, jobs: jobs)
        options.pseudonymize = pseudonymize
        options.projectFile = projectFile
        options.qdpx = qdpx.map { out.appendingPathComponent($0) }
        return (out, try await Pipeline.run(options))
    }

    static func run(pseudonymize: Bool, jobs: Int = 2) async throws -> URL {
        try await run(pseudonymize: .some(pseudonymize), jobs: jobs).out
    }

    /// The fixture codebook with `pseudonymize: <value>` added, as `codebook.yaml` in a folder of its own (the
    /// manifest names the codebook by file name), and the SHA-256 of the fixture without the key.
    static func codebook(pseudonymize value: Bool) throws -> (url: URL, plainSHA256: String) {
        let plain = try Data(contentsOf: Paths.fixture("privacy/codebook.yaml"))
        let text = String(decoding: plain, as: UTF8.self)
            .replacingOccurrences(of: "\nlanguage: sv\n", with: "\nlanguage: sv\npseudonymize: \(value)\n")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tematik-book-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("codebook.yaml")
        try Data(text.utf8).write(to: url)
        return (url, SHA256.hex(of: plain))
    }

    /// `files` with every occurrence of the hex digest `sha256` replaced by `plain` (of the same length).
    static func replacing(_ sha256: String, with plain: String, in files: [String: Data]) -> [String: Data] {
        files.mapValues { data in
            var bytes = [UInt8](data)
            let old = Array(sha256.utf8)
            while let range = bytes.firstRange(of: old) { bytes.replaceSubrange(range, with: Array(plain.utf8)) }
            return Data(bytes)
        }
    }

    static func files(_ folder: URL) throws -> [String: Data] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return try Dictionary(
            uniqueKeysWithValues: names.map {
                ($0, try Data(contentsOf: folder.appendingPathComponent($0)))
            })
    }

    /// Every value in every table of the SQLite store, read with SQLite, so that text split across pages counts.
    static func storeValues(_ url: URL) throws -> [String] {
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: url.path, configuration: configuration).read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            #expect(tables.count >= 8)
            return try tables.flatMap { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"").flatMap { row in
                    row.databaseValues.map(\.description)
                }
            }
        }
    }

    /// The entries of the `.qdpx` at `url`, inflated.
    static func projectEntries(_ url: URL) throws -> [String: Data] {
        let archive = try Archive(url: url, accessMode: .read)
        var entries: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            entries[entry.path] = data
        }
        return entries
    }

    /// `secret` in any case in `bytes`, if there.
    static func leaks(_ bytes: [UInt8]) -> [String] {
        secrets.flatMap { Set([$0, $0.lowercased(), $0.uppercased()]) }.filter {
            bytes.firstRange(of: Array($0.utf8)) != nil
        }
    }

    @Test func noOutputHoldsARealNameOrNumber() async throws {
        let out = try await Self.run(pseudonymize: true, qdpx: "project.qdpx").out
        defer { try? FileManager.default.removeItem(at: out) }
        var files = try Self.files(out)
        #expect(files.count >= 9)
        for (name, data) in try Self.projectEntries(out.appendingPathComponent("project.qdpx")) {
            files["project.qdpx/" + name] = data
        }
        files["tematik.sqlite (values)"] = Data(
            try Self.storeValues(out.appendingPathComponent("tematik.sqlite")).joined(separator: "\n").utf8)
        for (name, data) in files { #expect(Self.leaks([UInt8](data)) == [], "\(name)") }
        let codings = String(decoding: try #require(files["codings.csv"]), as: UTF8.self)
        #expect(codings.contains("intervju-01.txt,1,IP01,respondent,"))
        #expect(codings.contains("intervju-02.txt,1,Person B,respondent,"), "pseudonyms.csv names Johan Lind")
        #expect(codings.contains("intervju-03.txt,1,IP02,respondent,"))
        #expect(codings.contains("intervjuer/IP02_[personnummer].txt,1,IP02,respondent,"))
        #expect(codings.contains("intervjuer/IP02_[personnummer]-2.txt,1,IP02,respondent,"))
        #expect(codings.contains("[ort]"))
        #expect(codings.contains(",[e-post]\n"), "a coding inside an address shows the address's mask")
        let manifest = String(decoding: try #require(files["manifest.json"]), as: UTF8.self)
        #expect(manifest.contains("\"pseudonymize\": true"))
        #expect(manifest.contains("\"path\": \"intervjuer/IP02_[personnummer]-2.txt\""))
        let project = String(decoding: try #require(files["project.qdpx/project.qde"]), as: UTF8.self)
        #expect(project.contains("name=\"intervjuer/IP02_[personnummer].txt\""))
        let values = try Self.storeValues(out.appendingPathComponent("tematik.sqlite"))
        #expect(values.contains("\"intervjuer/IP02_[personnummer]-2.txt\""))
    }

    /// The first column of `documents.csv` and the rest of each row.
    static func documentRows(_ data: Data?) -> (ids: [String], rest: [String]) {
        let rows = String(decoding: data ?? Data(), as: UTF8.self).split(separator: "\n").dropFirst()
        let split = rows.map { $0.split(separator: ",", maxSplits: 1).map(String.init) }
        return (split.map { $0.first ?? "" }, split.map { $0.last ?? "" })
    }

    @Test func countsAreTheSameWithAndWithoutPseudonyms() async throws {
        let plain = try await Self.run(pseudonymize: false)
        let masked = try await Self.run(pseudonymize: true, jobs: 1)
        defer {
            try? FileManager.default.removeItem(at: plain)
            try? FileManager.default.removeItem(at: masked)
        }
        let a = try Self.files(plain), b = try Self.files(masked)
        for name in ["counts.csv", "cooccurrence.csv"] { #expect(a[name] == b[name], "\(name)") }
        let plainRows = Self.documentRows(a["documents.csv"]), maskedRows = Self.documentRows(b["documents.csv"])
        #expect(plainRows.ids == Self.documentIDs)
        #expect(maskedRows.ids == Self.maskedDocumentIDs)
        #expect(plainRows.rest == maskedRows.rest)
        #expect(a["codings.csv"] != b["codings.csv"])
        let lines = { (data: Data?) in String(decoding: data ?? Data(), as: UTF8.self).split(separator: "\n").count }
        #expect(lines(a["codings.csv"]) == lines(b["codings.csv"]))
    }

    /// A file that cannot be read is listed in the report by its masked path. It sorts before the two files that
    /// mask alike, but is numbered after them: failures are registered once the documents have been read.
    @Test func aFailedFileIsListedByItsMaskedID() async throws {
        // Letters only: the corpus path shows in the report, masked like any text, and a UUID's digits can
        // read as a phone number (`C060-4818-874A` became `C[telefon]A` in one run).
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tematik-corpus-\(UUID().uuidString.filter(\.isLetter))")
        defer { try? FileManager.default.removeItem(at: corpus) }
        try FileManager.default.copyItem(at: Paths.fixture("privacy/corpus"), to: corpus)
        try Data([0x50, 0x4B, 0x00, 0x00]).write(
            to: corpus.appendingPathComponent("intervjuer/Lisa-Holm_850709-1232.txt"))
        let (out, summary) = try await Self.run(pseudonymize: true, corpus: corpus)
        defer { try? FileManager.default.removeItem(at: out) }
        let real = corpus.relativePath + "/intervjuer/Lisa-Holm_850709-1232.txt"
        #expect(summary.failures.map(\.location.file) == [real], "standard error keeps the real path")
        let files = try Self.files(out)
        for (name, data) in files { #expect(Self.leaks([UInt8](data)) == [], "\(name)") }
        let masked = corpus.relativePath + "/intervjuer/IP02_[personnummer]-3.txt"
        let manifest = String(decoding: try #require(files["manifest.json"]), as: UTF8.self)
        #expect(manifest.contains("\"\(masked)\""))
        let report = String(decoding: try #require(files["report.html"]), as: UTF8.self)
        #expect(report.contains("<li>\(masked): error: binary file: NUL byte at offset 2, so this is not a text file."))
    }

    @Test func pseudonymisedRunsAreByteIdenticalAcrossJobs() async throws {
        let one = try await Self.run(pseudonymize: true, jobs: 1)
        let four = try await Self.run(pseudonymize: true, jobs: 4)
        defer {
            try? FileManager.default.removeItem(at: one)
            try? FileManager.default.removeItem(at: four)
        }
        #expect(try Self.files(one) == (try Self.files(four)))
    }

    @Test func theCodebookKeyMasksExactlyAsTheFlagDoes() async throws {
        let book = try Self.codebook(pseudonymize: true)
        let flag = try await Self.run(pseudonymize: true)
        let key = try await Self.run(pseudonymize: nil, codebook: book.url)
        defer {
            for url in [flag, key.out, book.url.deletingLastPathComponent()] {
                try? FileManager.default.removeItem(at: url)
            }
        }
        let keySHA = SHA256.hex(of: try Data(contentsOf: book.url))
        #expect(Self.replacing(keySHA, with: book.plainSHA256, in: try Self.files(key.out)) == (try Self.files(flag)))
        #expect(key.summary.headline.hasSuffix(", pseudonymised (pseudonymize: true in \(book.url.relativePath))"))
    }

    @Test func noPseudonymizeWinsOverTheCodebookAndTheProjectFile() async throws {
        let book = try Self.codebook(pseudonymize: true)
        let project = ProjectFile(path: "tematik.yaml", pseudonymize: true)
        let plain = try await Self.run(pseudonymize: false)
        let overridden = try await Self.run(pseudonymize: false, codebook: book.url, projectFile: project)
        defer {
            for url in [plain, overridden.out, book.url.deletingLastPathComponent()] {
                try? FileManager.default.removeItem(at: url)
            }
        }
        let keySHA = SHA256.hex(of: try Data(contentsOf: book.url))
        let files = Self.replacing(keySHA, with: book.plainSHA256, in: try Self.files(overridden.out))
        #expect(files == (try Self.files(plain)))
        #expect(overridden.summary.pseudonymized == nil)
        #expect(!overridden.summary.headline.contains("pseudonymised"))
    }

    @Test func theProjectFileWinsOverTheCodebook() async throws {
        let book = try Self.codebook(pseudonymize: true)
        let off = ProjectFile(path: "tematik.yaml", pseudonymize: false)
        let on = ProjectFile(path: "tematik.yaml", pseudonymize: true)
        let byFile = try await Self.run(pseudonymize: nil, codebook: book.url, projectFile: off)
        let byFileOn = try await Self.run(pseudonymize: nil, projectFile: on)
        let flag = try await Self.run(pseudonymize: true)
        defer {
            for url in [byFile.out, byFileOn.out, flag, book.url.deletingLastPathComponent()] {
                try? FileManager.default.removeItem(at: url)
            }
        }
        let manifest = String(
            decoding: try Data(contentsOf: byFile.out.appendingPathComponent("manifest.json")), as: UTF8.self)
        #expect(!manifest.contains("pseudonymize"))
        #expect(byFile.summary.pseudonymized == nil)
        #expect(try Self.files(byFileOn.out) == (try Self.files(flag)))
        #expect(byFileOn.summary.headline.hasSuffix(", pseudonymised (pseudonymize: true in tematik.yaml)"))
    }

    @Test func aShardRefusesPseudonymisationFromTheCodebook() async throws {
        let book = try Self.codebook(pseudonymize: true)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("tematik-shard-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: book.url.deletingLastPathComponent()) }
        let options = RunOptions(
            corpus: Paths.fixture("privacy/corpus"), codebook: book.url, output: out, shard: ShardSpec(parsing: "0/2"))
        do {
            _ = try await Pipeline.run(options)
            Issue.record("a shard must refuse pseudonymize: true in the codebook")
        } catch let error as ConfigurationError {
            #expect(
                error.diagnostics.map(\.description) == [
                    "\(book.url.relativePath): error: pseudonymize: true in \(book.url.relativePath) does not work with "
                        + "--shard yet. Run without --shard to pseudonymise, or add --no-pseudonymize to shard without "
                        + "masking."
                ])
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
        var unmasked = options
        unmasked.pseudonymize = false
        _ = try await Pipeline.run(unmasked)
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("partial.json").path))
    }
}
