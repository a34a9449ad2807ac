import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The pipeline's privacy and strictness steps: `--pseudonymize` and `--strict`.
///
/// With `--pseudonymize`, every document is registered with the ``Pseudonymizer`` before any is written
/// (``pseudonymizer(for:root:)``), in document-id order, and each is masked (ids, speakers, text) for
/// `codings.csv`, the SQLite store and the `.qdpx` export as it is delivered; the failures are masked here
/// once the corpus has been read, and the report files from the masked ``ReportInput``.
extension Pipeline {
    /// The pseudonymizer for `--pseudonymize` with every speaker of `corpus` registered (its folder is
    /// `root`): the corpus is read once ahead of the coding pass, without coding, so that a speaker's name
    /// is masked in every document and document id, also in one that comes before the speaker's own turns.
    /// - Throws: ``ConfigurationError`` when `pseudonyms.csv` cannot be read or is malformed.
    public static func pseudonymizer(for corpus: CorpusStream, root: URL) async throws -> Pseudonymizer {
        var pseudonyms = try pseudonymizer(corpus: root, listing: corpus.listing)
        var ids: [String] = []
        try await corpus.forEachRead { document in
            pseudonyms.register(speakersOf: document)
            ids.append(document.id)
        }
        // With every speaker known, so that a file named after a later speaker is masked too.
        for id in ids { pseudonyms.register(documentID: id) }
        return pseudonyms
    }

    /// The pseudonymizer for `--pseudonymize`, loaded with the corpus's `pseudonyms.csv` if it has one.
    /// - Throws: ``ConfigurationError`` when `pseudonyms.csv` cannot be read or is malformed.
    private static func pseudonymizer(corpus: URL, listing: CorpusListing) throws -> Pseudonymizer {
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

    /// `failures` as a pseudonymised report lists them: a file of the corpus that could not be read is
    /// registered with `pseudonyms` (``Pseudonymizer/register(documentID:)``, in the order given, which is
    /// document-id order) and shown by its masked id, the corpus folder's path masked as a path; any other
    /// path, such as a folder that could not be listed, is masked as a path; problems and fixes are masked as
    /// text. Standard error keeps the real paths, so that the researcher can find the files.
    static func masked(
        _ failures: [Diagnostic], listing: CorpusListing, pseudonyms: inout Pseudonymizer
    ) -> [Diagnostic] {
        let ids = Dictionary(
            listing.documents.map { (listing.displayPath(for: $0.id), $0.id) }, uniquingKeysWith: { first, _ in first })
        let folder = pseudonyms.maskPath(listing.displayPath(for: ""))
        return failures.map { failure in
            var failure = failure
            if let id = ids[failure.location.file] {
                pseudonyms.register(documentID: id)
                failure.location.file = folder + pseudonyms.documentID(id)
            } else {
                failure.location.file = pseudonyms.maskPath(failure.location.file)
            }
            failure.problem = pseudonyms.mask(failure.problem)
            failure.fix = pseudonyms.mask(failure.fix)
            return failure
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
