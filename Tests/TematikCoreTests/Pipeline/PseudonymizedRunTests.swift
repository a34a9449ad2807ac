import Foundation
import Testing

@testable import TematikCore

/// A whole run with `pseudonymize` over `Tests/Fixtures/privacy`, whose transcripts are full of names and
/// numbers.
@Suite struct PseudonymizedRunTests {
    /// Every real name and number in the fixture corpus; none may appear in any output.
    static let secrets = [
        "Anna Berg", "Anna", "Johan Lind", "Johan", "Lisa Holm", "Per Nyström", "Nyström", "Karin Ek",
        "Sundsvall", "850709-1232", "8507091232", "851269-4566", "19900101-2385", "0101011237",
        "anna.berg@exempel.se", "k.ek@kommun.example.org", "lisa_holm@exempel.se", "070-123 45 67",
        "08-555 123 45", "+46 8 123 456 78",
    ]

    static func run(
        pseudonymize: Bool?, jobs: Int = 2, codebook: URL = Paths.fixture("privacy/codebook.yaml"),
        projectFile: ProjectFile? = nil
    ) async throws -> (out: URL, summary: RunSummary) {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("tematik-privacy-\(UUID().uuidString)")
        var options = RunOptions(corpus: Paths.fixture("privacy/corpus"), codebook: codebook, output: out, jobs: jobs)
        options.pseudonymize = pseudonymize
        options.projectFile = projectFile
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

    @Test func noOutputHoldsARealNameOrNumber() async throws {
        let out = try await Self.run(pseudonymize: true)
        defer { try? FileManager.default.removeItem(at: out) }
        let files = try Self.files(out)
        #expect(files.count >= 8)
        for (name, data) in files {
            let bytes = [UInt8](data)
            for secret in Self.secrets {
                for form in Set([secret, secret.lowercased(), secret.uppercased()]) {
                    #expect(bytes.firstRange(of: Array(form.utf8)) == nil, "\(name) holds '\(form)'")
                }
            }
        }
        let codings = String(decoding: try #require(files["codings.csv"]), as: UTF8.self)
        #expect(codings.contains("intervju-01.txt,1,IP01,respondent,"))
        #expect(codings.contains("intervju-02.txt,1,Person B,respondent,"), "pseudonyms.csv names Johan Lind")
        #expect(codings.contains("intervju-03.txt,1,IP02,respondent,"))
        #expect(codings.contains("[ort]"))
        #expect(codings.contains(",[e-post]\n"), "a coding inside an address shows the address's mask")
        let manifest = String(decoding: try #require(files["manifest.json"]), as: UTF8.self)
        #expect(manifest.contains("\"pseudonymize\": true"))
    }

    @Test func countsAreTheSameWithAndWithoutPseudonyms() async throws {
        let plain = try await Self.run(pseudonymize: false)
        let masked = try await Self.run(pseudonymize: true, jobs: 1)
        defer {
            try? FileManager.default.removeItem(at: plain)
            try? FileManager.default.removeItem(at: masked)
        }
        let a = try Self.files(plain), b = try Self.files(masked)
        for name in ["counts.csv", "cooccurrence.csv", "documents.csv"] { #expect(a[name] == b[name], "\(name)") }
        #expect(a["codings.csv"] != b["codings.csv"])
        let lines = { (data: Data?) in String(decoding: data ?? Data(), as: UTF8.self).split(separator: "\n").count }
        #expect(lines(a["codings.csv"]) == lines(b["codings.csv"]))
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
