import Foundation

/// Writes a codebook as Tematik YAML or as a REFI-QDA codebook (`.qdc`); `tematik codebook convert` uses it.
public enum CodebookWriter {
    /// The bytes of `codebook` in `format`: `.yaml` or `.qdc`. The same codebook gives the same bytes.
    /// - Parameters:
    ///   - language: the language of the names in a `.qdc` (which holds one); the codebook's own if `nil`.
    /// - Throws: ``CodebookError`` for a format Tematik reads but does not write (`.dic`, `.cat`, `.lc3`).
    public static func data(_ codebook: Codebook, format: CodebookFormat, language: String? = nil) throws -> Data {
        switch format {
        case .yaml:
            return Data(YAMLCodebookWriter.text(codebook).utf8)
        case .qdc:
            return Data(QDCWriter.text(codebook, language: language ?? codebook.language).utf8)
        case .liwc, .wordStat, .lexicoder:
            throw CodebookError([
                Diagnostic(
                    .error, SourceLocation(file: codebook.name),
                    "Tematik reads but does not write \(format.rawValue) dictionaries",
                    fix: "Write a .yaml or .qdc file instead.")
            ])
        }
    }

    /// Writes `codebook` to `url` in the format its extension names, through a temporary file and a rename.
    /// - Throws: ``CodebookError`` for an extension that is not `.yaml`, `.yml` or `.qdc`, or a failed write.
    public static func write(_ codebook: Codebook, to url: URL, language: String? = nil) throws {
        let location = SourceLocation(file: url.relativePath)
        guard let format = CodebookFormat(pathExtension: url.pathExtension), format == .yaml || format == .qdc else {
            throw CodebookError([
                Diagnostic(
                    .error, location, "cannot write a codebook as '.\(url.pathExtension)'",
                    fix: "Name the output file .yaml, .yml or .qdc.")
            ])
        }
        let bytes = try data(codebook, format: format, language: language)
        do {
            try bytes.write(to: url, options: .atomic)
        } catch {
            throw CodebookError([
                Diagnostic(
                    .error, location, "the codebook cannot be written",
                    fix: "Check that the folder exists and is writable.")
            ])
        }
    }
}
