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

    static func run(pseudonymize: Bool, jobs: Int = 2) async throws -> URL {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("tematik-privacy-\(UUID().uuidString)")
        var options = RunOptions(
            corpus: Paths.fixture("privacy/corpus"), codebook: Paths.fixture("privacy/codebook.yaml"), output: out,
            jobs: jobs)
        options.pseudonymize = pseudonymize
        _ = try await Pipeline.run(options)
        return out
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
}
