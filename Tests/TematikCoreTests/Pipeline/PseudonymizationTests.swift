import Testing

@testable import TematikCore

/// Which setting decides pseudonymisation: command line, then tematik.yaml, then the codebook, then off.
@Suite("Pseudonymization precedence")
struct PseudonymizationTests {
    static func codebook(_ value: Bool?) -> Codebook {
        Codebook(name: "x", version: "", language: "sv", themes: [], sha256: "", pseudonymize: value)
    }

    static let projectLocation = SourceLocation(file: "tematik.yaml", line: 1, column: 1)

    static func project(_ value: Bool?) -> ProjectFile {
        ProjectFile(path: "tematik.yaml", pseudonymize: value, pseudonymizeLocation: projectLocation)
    }

    static func resolve(_ flag: Bool?, _ project: Bool?, _ book: Bool?) -> Pseudonymization {
        .resolve(
            commandLine: flag, projectFile: Self.project(project), codebook: Self.codebook(book),
            codebookPath: "Codebooks/x.yaml")
    }

    @Test func theCommandLineWinsOverEverything() {
        #expect(Self.resolve(true, false, false) == Pseudonymization(isOn: true, source: .commandLine))
        #expect(Self.resolve(false, true, true) == Pseudonymization(isOn: false, source: .commandLine))
        #expect(Self.resolve(false, true, true).setting == "--no-pseudonymize")
    }

    @Test func theProjectFileWinsOverTheCodebook() {
        let source = Pseudonymization.Source.projectFile(Self.projectLocation)
        #expect(Self.resolve(nil, true, false) == Pseudonymization(isOn: true, source: source))
        #expect(Self.resolve(nil, false, true) == Pseudonymization(isOn: false, source: source))
        #expect(Self.resolve(nil, true, nil).setting == "pseudonymize: true in tematik.yaml")
    }

    @Test func theCodebookDecidesWhenNothingElseDoes() {
        let source = Pseudonymization.Source.codebook(path: "Codebooks/x.yaml")
        #expect(Self.resolve(nil, nil, true) == Pseudonymization(isOn: true, source: source))
        #expect(Self.resolve(nil, nil, false) == Pseudonymization(isOn: false, source: source))
        #expect(Self.resolve(nil, nil, true).setting == "pseudonymize: true in Codebooks/x.yaml")
    }

    @Test func offWithoutAnySetting() {
        #expect(Self.resolve(nil, nil, nil) == Pseudonymization(isOn: false, source: .unset))
        let bare = Pseudonymization.resolve(commandLine: nil, projectFile: nil, codebook: nil, codebookPath: "")
        #expect(!bare.isOn)
    }
}
