import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The pipeline's privacy and strictness steps: `--pseudonymize` and `--strict`.
extension Pipeline {
    /// The pseudonymizer for `--pseudonymize`, loaded with the corpus's `pseudonyms.csv` if it has one.
    /// - Throws: ``ConfigurationError`` when `pseudonyms.csv` cannot be read or is malformed.
    public static func pseudonymizer(corpus: URL, listing: CorpusListing) throws -> Pseudonymizer {
        guard let url = listing.pseudonyms else { return Pseudonymizer() }
        let path = corpus.appendingPathComponent(url.lastPathComponent).relativePath
        do {
            return try Pseudonymizer(pseudonymsCSV: try Data(contentsOf: url), path: path)
        } catch let diagnostic as Diagnostic {
            throw ConfigurationError([diagnostic])
        } catch {
            throw ConfigurationError([
                Diagnostic(
                    .error, SourceLocation(file: path), "pseudonyms.csv cannot be read (\(error.localizedDescription))",
                    fix: "Check that the file exists and is readable.")
            ])
        }
    }

    /// With `--strict`, refuses a run in which any input failed: the temporary `codings.csv` is removed, the
    /// report folder is removed again if this run created it (and it is empty), and nothing is written.
    /// - Throws: ``ConfigurationError`` listing every failed input, so the command line exits 2.
    static func enforceStrict(
        _ options: RunOptions, failures: [Diagnostic], codings: CodingsCSVFile, outputExisted: Bool
    ) throws {
        guard options.strict, !failures.isEmpty else { return }
        try? FileManager.default.removeItem(at: codings.temporary)
        // rmdir(2) removes only an empty folder: anything else in it stays.
        if !outputExisted { _ = rmdir(options.output.path) }
        let summary = Diagnostic(
            .error, SourceLocation(file: options.corpus.relativePath),
            "\(failures.count) input\(failures.count == 1 ? "" : "s") failed and --strict is set; nothing was written",
            fix: "Fix or remove the files listed above, or run without --strict to report the rest.")
        throw ConfigurationError(failures + [summary])
    }
}
