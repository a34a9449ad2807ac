import Foundation
import Testing

@testable import TematikCore

/// The native codebook's top-level `pseudonymize:` key.
@Suite("Codebook pseudonymize key")
struct PseudonymizeKeyTests {
    static func codebook(_ line: String) throws -> Codebook {
        let yaml = "name: Test\n\(line)themes:\n  - id: law\n    label: Law\n    patterns: [law]\n"
        return try CodebookLoader.load(Data(yaml.utf8), path: "inline.yaml", format: .yaml)
    }

    static func errors(_ line: String) -> [String] {
        do {
            _ = try codebook(line)
            return []
        } catch let error as CodebookError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    @Test func isReadAsTrueFalseOrAbsent() throws {
        #expect(try Self.codebook("pseudonymize: true\n").pseudonymize == true)
        #expect(try Self.codebook("pseudonymize: false\n").pseudonymize == false)
        #expect(try Self.codebook("pseudonymize: True\n").pseudonymize == true)
        #expect(try Self.codebook("").pseudonymize == nil)
    }

    @Test func wrongTypesAreReportedWhereTheyAre() {
        let fix = "Write 'pseudonymize: true' or 'pseudonymize: false', without quotes."
        #expect(
            CodebookTestSupport.errors("pseudonymize-type.yaml") == [
                "codebook/pseudonymize-type.yaml:2:15: error: 'pseudonymize' must be true or false, not 'yes'. \(fix)"
            ])
        #expect(
            Self.errors("pseudonymize: yes\n") == [
                "inline.yaml:2:15: error: 'pseudonymize' must be true or false, not 'yes'. \(fix)"
            ])
        #expect(
            Self.errors("pseudonymize:\n") == [
                "inline.yaml:2:14: error: 'pseudonymize' must be true or false, not empty. \(fix)"
            ])
        #expect(
            Self.errors("pseudonymize: [true]\n") == [
                "inline.yaml:2:15: error: 'pseudonymize' must be true or false, not a list or map. \(fix)"
            ])
    }

    @Test func aMisspeltKeyIsReportedAsUnknown() {
        #expect(
            Self.errors("pseudonymise: true\n") == [
                "inline.yaml:2:1: error: unknown key 'pseudonymise' at the top level. Did you mean 'pseudonymize'?"
            ])
    }

    @Test func theYAMLWriterKeepsTheKey() throws {
        for line in ["pseudonymize: true\n", "pseudonymize: false\n", ""] {
            let original = try Self.codebook(line)
            let written = try CodebookWriter.data(original, format: .yaml)
            let text = String(decoding: written, as: UTF8.self)
            #expect(text.contains("language: sv\n\(line)themes:\n"), "\(text)")
            let read = try CodebookLoader.load(written, path: "round.yaml", format: .yaml)
            #expect(read.pseudonymize == original.pseudonymize)
            #expect(try CodebookWriter.data(read, format: .yaml) == written)
        }
    }

    @Test func theHashIsStillTheFilesBytes() throws {
        let yaml = "pseudonymize: true\nthemes:\n  - id: law\n    label: Law\n    patterns: [law]\n"
        let codebook = try CodebookLoader.load(Data(yaml.utf8), path: "inline.yaml", format: .yaml)
        #expect(codebook.sha256 == SHA256.hex(of: Data(yaml.utf8)))
    }
}
