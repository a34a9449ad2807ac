import Foundation
import Testing

@testable import TematikCore

/// Helpers shared by the codebook tests.
enum CodebookTestSupport {
    /// The lines `load` prints for a fixture that must fail, with the fixture folder's path cut to `codebook/`.
    static func errors(_ fixture: String) -> [String] {
        do {
            let codebook = try CodebookLoader.load(Paths.fixture("codebook/\(fixture)"))
            return ["loaded \(codebook.name)"]
        } catch let error as CodebookError {
            let prefix = Paths.fixtures.path + "/"
            return error.diagnostics.map { $0.description.replacingOccurrences(of: prefix, with: "") }
        } catch {
            return ["unexpected \(error)"]
        }
    }

    /// A compact dump of a codebook's structure: one line per theme, then one per code with its patterns.
    static func dump(_ codebook: Codebook) -> [String] {
        codebook.themes.flatMap { theme in
            ["\(theme.id) [\(theme.label.text(in: codebook.language))]"]
                + theme.codes.map { code in
                    "  \(code.id) [\(code.label.text(in: codebook.language))]: "
                        + code.patterns.map(\.source).joined(separator: " | ")
                }
        }
    }
}
