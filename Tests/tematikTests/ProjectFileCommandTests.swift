import Foundation
import TestSupport
import Testing

/// `tematik.yaml` and `--config` end to end: precedence, `--no-pseudonymize`, invalid files and `--shard`.
@Suite(.serialized, .scratch) struct ProjectFileCommandTests {
    static let corpus = Tool.root.appendingPathComponent("Tests/Fixtures/privacy/corpus").path
    static let codebook = Tool.root.appendingPathComponent("Tests/Fixtures/privacy/codebook.yaml").path

    /// A new folder, holding `tematik.yaml` with `text` when given, to run the tool in.
    static func project(_ text: String?) throws -> URL {
        let folder = try Tool.temporaryFolder()
        if let text { try Data(text.utf8).write(to: folder.appendingPathComponent("tematik.yaml")) }
        return folder
    }

    static func run(_ extra: [String], in folder: URL) throws -> Tool.Outcome {
        try Tool.run(
            ["run", "--corpus", corpus, "--codebook", codebook, "--out", "out", "--no-cache"] + extra, in: folder)
    }

    static func codings(_ folder: URL) throws -> String {
        try String(contentsOf: folder.appendingPathComponent("out/codings.csv"), encoding: .utf8)
    }

    @Test func tematikYAMLInTheCurrentFolderTurnsPseudonymisationOn() throws {
        let folder = try Self.project("# run defaults\npseudonymize: true\n")
        let outcome = try Self.run([], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(
            outcome.stderr.contains(
                "5 documents coded, 0 failed, 0 skipped → out, pseudonymised (pseudonymize: true in tematik.yaml)"),
            "\(outcome.stderr)")
        #expect(try Self.codings(folder).contains("intervju-01.txt,1,IP01,respondent,"))
        #expect(!(try Self.codings(folder).contains("Anna")))
    }

    @Test func noPseudonymizeOverridesTematikYAML() throws {
        let folder = try Self.project("pseudonymize: true\n")
        let outcome = try Self.run(["--no-pseudonymize"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("pseudonymised"))
        #expect(try Self.codings(folder).contains("Anna"))
        let manifest = try String(contentsOf: folder.appendingPathComponent("out/manifest.json"), encoding: .utf8)
        #expect(!manifest.contains("pseudonymize"))
    }

    @Test func configNamesAnotherProjectFile() throws {
        let folder = try Self.project(nil)
        try Data("pseudonymize: true\n".utf8).write(to: folder.appendingPathComponent("privat.yaml"))
        let outcome = try Self.run(["--config", "privat.yaml"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("pseudonymised (pseudonymize: true in privat.yaml)"), "\(outcome.stderr)")
        let missing = try Self.run(["--config", "saknas.yaml"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("saknas.yaml: error: the project file cannot be read."), "\(missing.stderr)")
    }

    @Test func anInvalidTematikYAMLStopsTheRunBeforeAnythingIsWritten() throws {
        let folder = try Self.project("pseudonymize: ja\nkorpus: Intervjuer\n")
        let outcome = try Self.run([], in: folder)
        #expect(outcome.status == 2)
        #expect(
            outcome.stderr
                == """
                tematik.yaml:1:15: error: 'pseudonymize' must be true or false, not 'ja'. \
                Write 'pseudonymize: true' or 'pseudonymize: false', without quotes.
                tematik.yaml:2:1: error: unknown key 'korpus' in the project file. Use one of: pseudonymize.

                """)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test func aShardRefusesPseudonymisationFromTematikYAML() throws {
        let folder = try Self.project("pseudonymize: true\n")
        let sharded = try Self.run(["--shard", "0/2"], in: folder)
        #expect(sharded.status == 2)
        #expect(
            sharded.stderr.contains(
                "tematik.yaml:1:1: error: pseudonymize: true in tematik.yaml does not work with --shard yet."),
            "\(sharded.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
        let unmasked = try Self.run(["--shard", "0/2", "--no-pseudonymize"], in: folder)
        #expect(unmasked.status == 0, "\(unmasked.stderr)")
    }

    @Test func kwicFollowsTematikYAMLToo() throws {
        let folder = try Self.project("pseudonymize: true\n")
        let outcome = try Tool.run(["kwic", "utbild*", "--corpus", Self.corpus], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("pseudonymised (pseudonymize: true in tematik.yaml)"), "\(outcome.stderr)")
        #expect(outcome.stdout.contains("utbild"), "\(outcome.stdout)")
        for secret in ["Anna", "Johan", "Lisa Holm", "Nyström", "850709-1232", "08-555 123 45", "Lisa_Holm"] {
            #expect(!outcome.stdout.contains(secret), "\(secret) in \(outcome.stdout)")
        }
    }

    @Test func convertKeepsTheCodebookKeyInYAMLAndWarnsForQDC() throws {
        let folder = try Self.project(nil)
        let source = folder.appendingPathComponent("privat.yaml")
        let text = try String(contentsOfFile: Self.codebook, encoding: .utf8)
            .replacingOccurrences(of: "\nlanguage: sv\n", with: "\nlanguage: sv\npseudonymize: true\n")
        try Data(text.utf8).write(to: source)
        let yaml = try Tool.run(["codebook", "convert", "privat.yaml", "copy.yaml"], in: folder)
        #expect(yaml.status == 0, "\(yaml.stderr)")
        #expect(yaml.stderr.isEmpty)
        let copy = try String(contentsOf: folder.appendingPathComponent("copy.yaml"), encoding: .utf8)
        #expect(copy.contains("\nlanguage: sv\npseudonymize: true\nthemes:\n"))
        let qdc = try Tool.run(["codebook", "convert", "privat.yaml", "copy.qdc"], in: folder)
        #expect(qdc.status == 0, "\(qdc.stderr)")
        #expect(qdc.stderr.hasPrefix("copy.qdc: warning: 'pseudonymize: true' of privat.yaml is not written."))
        let run = try Tool.run(
            ["run", "--corpus", Self.corpus, "--codebook", "copy.yaml", "--out", "out", "--no-cache"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("→ out, pseudonymised (pseudonymize: true in copy.yaml)"), "\(run.stderr)")
    }
}
