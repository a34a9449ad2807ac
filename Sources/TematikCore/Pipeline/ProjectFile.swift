import Foundation
import Yams

/// `tematik.yaml`: a project's defaults for the commands that read a corpus; the command line overrides them.
///
/// The command line reads `tematik.yaml` in the current folder when there is one, or the file given with
/// `--config PATH`. Its one key, `pseudonymize: true|false`, comes before the codebook's key of that name
/// (see ``Pseudonymization``). An unknown key or a wrong value stops the run before anything is written.
public struct ProjectFile: Hashable, Sendable {
    /// The name the command line looks for in the current folder.
    public static let defaultName = "tematik.yaml"
    static let keys = ["pseudonymize"]

    /// The file's path as given, for messages.
    public var path: String
    /// `pseudonymize:`, or `nil` when the file does not set it.
    public var pseudonymize: Bool?
    /// Where `pseudonymize:` is written, for messages about it.
    public var pseudonymizeLocation: SourceLocation

    public init(path: String, pseudonymize: Bool? = nil, pseudonymizeLocation: SourceLocation? = nil) {
        self.path = path
        self.pseudonymize = pseudonymize
        self.pseudonymizeLocation = pseudonymizeLocation ?? SourceLocation(file: path)
    }

    /// Reads the project file at `url`.
    /// - Throws: ``ConfigurationError`` when the file cannot be read, is not YAML, or holds an unknown key or
    ///   a wrong value; each problem at its line and column.
    public static func load(_ url: URL) throws -> ProjectFile {
        let path = url.relativePath
        guard let data = try? Data(contentsOf: url) else {
            throw ConfigurationError([
                Diagnostic(
                    .error, SourceLocation(file: path), "the project file cannot be read",
                    fix: "Check that it exists and is readable, or leave out --config.")
            ])
        }
        return try parse(data, path: path)
    }

    /// Reads a project file from `data`; `path` names it in messages.
    /// - Throws: ``ConfigurationError`` with every problem found.
    public static func parse(_ data: Data, path: String) throws -> ProjectFile {
        guard let text = DictionaryText.decodeUTF8(data) else {
            throw ConfigurationError([
                Diagnostic(
                    .error, SourceLocation(file: path), "the project file is not UTF-8 text", fix: "Save it as UTF-8.")
            ])
        }
        var document = YAMLDocument(path: path, text: text)
        let root = document.compose(text, allowEmpty: true)
        var file = ProjectFile(path: path)
        if let root {
            if let mapping = root.mapping {
                for (keyNode, value) in mapping {
                    let key = keyNode.string ?? ""
                    guard keys.contains(key) else {
                        document.error(
                            at: keyNode, "unknown key '\(key)' in the project file",
                            fix: KeySuggestion.fix(for: key, known: keys))
                        continue
                    }
                    file.pseudonymize = document.bool(value, key: key)
                    file.pseudonymizeLocation = document.location(of: keyNode)
                }
            } else if !(root.scalar.map { $0.string.isEmpty } ?? false) {
                document.error(
                    at: root, "expected a map of keys in the project file",
                    fix: "Write it as 'key: value' lines, such as 'pseudonymize: true'.")
            }
        }
        guard document.diagnostics.isEmpty else {
            throw ConfigurationError(CodebookError(document.diagnostics).diagnostics)
        }
        return file
    }
}
