import Foundation
import Testing

@testable import TematikCore

/// `tematik.yaml`, the project file of run defaults.
@Suite("Project file")
struct ProjectFileTests {
    static func errors(_ yaml: String) -> [String] {
        do {
            _ = try ProjectFile.parse(Data(yaml.utf8), path: "tematik.yaml")
            return []
        } catch let error as ConfigurationError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    @Test func readsPseudonymizeAndWhereItIsWritten() throws {
        let file = try ProjectFile.parse(Data("# Defaults\npseudonymize: true\n".utf8), path: "tematik.yaml")
        #expect(file.pseudonymize == true)
        #expect(file.pseudonymizeLocation == SourceLocation(file: "tematik.yaml", line: 2, column: 1))
        #expect(try ProjectFile.parse(Data("pseudonymize: false\n".utf8), path: "t.yaml").pseudonymize == false)
    }

    @Test func readsTheFixtureFile() throws {
        let file = try ProjectFile.load(Paths.fixture("project/tematik.yaml"))
        #expect(file.pseudonymize == true)
        #expect(file.pseudonymizeLocation.line == 2)
    }

    @Test func anEmptyFileSetsNothing() throws {
        for yaml in ["", "# nothing yet\n", "---\n"] {
            #expect(try ProjectFile.parse(Data(yaml.utf8), path: "tematik.yaml").pseudonymize == nil, "\(yaml)")
        }
    }

    @Test func unknownKeysAndWrongValuesAreReportedWhereTheyAre() {
        #expect(
            Self.errors("pseudonymise: true\ncorpus: Intervjuer\n") == [
                "tematik.yaml:1:1: error: unknown key 'pseudonymise' in the project file. Did you mean 'pseudonymize'?",
                "tematik.yaml:2:1: error: unknown key 'corpus' in the project file. Use one of: pseudonymize.",
            ])
        #expect(
            Self.errors("pseudonymize: ja\n") == [
                "tematik.yaml:1:15: error: 'pseudonymize' must be true or false, not 'ja'. "
                    + "Write 'pseudonymize: true' or 'pseudonymize: false', without quotes."
            ])
        #expect(
            Self.errors("- pseudonymize\n") == [
                "tematik.yaml:1:1: error: expected a map of keys in the project file. "
                    + "Write it as 'key: value' lines, such as 'pseudonymize: true'."
            ])
        #expect(
            Self.errors("pseudonymize: true\npseudonymize: false\n") == [
                "tematik.yaml:2:1: error: key 'pseudonymize' appears twice in the same mapping. Remove one of them."
            ])
        #expect(Self.errors("pseudonymize: [\n").first?.hasPrefix("tematik.yaml:2:1: error: YAML syntax error") == true)
    }

    @Test func aMissingFileIsAConfigurationError() {
        #expect(throws: ConfigurationError.self) {
            try ProjectFile.load(URL(fileURLWithPath: "/nonexistent/tematik.yaml"))
        }
    }
}
