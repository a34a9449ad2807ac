@testable import TematikCore

/// Codebooks built in code for the coding tests.
enum TestCodebook {
    /// A code with `patterns` and `exclude` written as in a codebook file.
    static func code(
        _ id: String, _ patterns: [String], exclude: [String] = [], mustMatch: [String] = [],
        mustNotMatch: [String] = []
    ) throws -> Code {
        Code(
            id: id, theme: "theme", label: LocalizedText(["sv": id]), patterns: try patterns.map(parse),
            exclude: try exclude.map(parse), mustMatch: mustMatch, mustNotMatch: mustNotMatch,
            location: SourceLocation(file: "test.yaml", line: 1, column: 1))
    }

    /// A codebook with one theme holding `codes`.
    static func codebook(_ codes: [Code]) -> Codebook {
        let theme = Theme(
            id: "theme", label: LocalizedText(["sv": "Tema"]), description: LocalizedText([:]),
            color: nil, codes: codes)
        return Codebook(name: "test", version: "1", language: "sv", themes: [theme], sha256: "")
    }

    static func parse(_ source: String) throws -> Pattern { try Pattern.parse(source).get() }
}
