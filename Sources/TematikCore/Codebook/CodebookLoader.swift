import Foundation
import Yams

/// Reads a codebook from a file, in the format its extension names.
public enum CodebookLoader {
    /// Reads the codebook at `url`: `.yaml`/`.yml` (Tematik's own, or a quanteda-style dictionary when it has
    /// none of its top-level keys), `.dic` (LIWC), `.cat` (WordStat), `.lc3` (Lexicoder) or `.qdc` (REFI-QDA).
    ///
    /// ``Codebook/sha256`` is the SHA-256 of the file's bytes, whatever the format.
    /// - Throws: ``CodebookError`` with every problem found, each pointing at the line it concerns.
    public static func load(_ url: URL) throws -> Codebook {
        let path = url.relativePath
        guard let format = CodebookFormat(pathExtension: url.pathExtension) else {
            throw CodebookError([
                Diagnostic(
                    .error, SourceLocation(file: path),
                    "unknown codebook format '.\(url.pathExtension)'",
                    fix: "Use a \(CodebookFormat.knownExtensions) file.")
            ])
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CodebookError([
                Diagnostic(
                    .error, SourceLocation(file: path), "the codebook cannot be read",
                    fix: "Check that the file exists and is readable.")
            ])
        }
        return try load(data, path: path, format: format)
    }

    /// Reads a codebook from `data` in `format`; `path` names it in diagnostics and gives the default name.
    /// - Throws: ``CodebookError`` with every problem found.
    public static func load(_ data: Data, path: String, format: CodebookFormat) throws -> Codebook {
        let sha256 = SHA256.hex(of: data)
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        switch format {
        case .yaml:
            return try loadYAML(data, path: path, name: name, sha256: sha256)
        case .liwc:
            return try LIWCReader.read(DictionaryText.decode(data), path: path, name: name, sha256: sha256)
        case .wordStat:
            return try WordStatReader.read(DictionaryText.decode(data), path: path, name: name, sha256: sha256)
        case .lexicoder:
            return try LexicoderReader.read(DictionaryText.decode(data), path: path, name: name, sha256: sha256)
        case .qdc:
            return try QDCReader.read(data, path: path, name: name, sha256: sha256)
        }
    }

    /// Tematik's YAML, or a quanteda-style dictionary: a map with none of the native top-level keys.
    private static func loadYAML(_ data: Data, path: String, name: String, sha256: String) throws -> Codebook {
        guard let text = DictionaryText.decodeUTF8(data) else {
            throw CodebookError([
                Diagnostic(
                    .error, SourceLocation(file: path), "the codebook is not UTF-8 text",
                    fix: "Save it as UTF-8.")
            ])
        }
        var document = YAMLDocument(path: path, text: text)
        let root = document.compose(text)
        if let root, let mapping = root.mapping, !mapping.contains(where: { isNativeKey($0.key.string ?? "") }) {
            var reader = QuantedaReader(document: document)
            if let codebook = reader.read(root, name: name, sha256: sha256) { return codebook }
            throw CodebookError(reader.document.diagnostics)
        }
        var reader = NativeCodebookReader(document: document)
        if let root, let codebook = reader.read(root, defaultName: name, sha256: sha256) { return codebook }
        throw CodebookError(reader.document.diagnostics)
    }

    /// Whether a top-level key marks Tematik's own format: one of its keys, or a near miss of `themes`, so that
    /// a misspelt `theems:` is reported as such instead of being read as a dictionary category.
    private static func isNativeKey(_ key: String) -> Bool {
        NativeCodebookReader.topKeys.contains(key) || KeySuggestion.nearest(to: key, in: ["themes"]) != nil
    }
}
