import Foundation

/// The whole run: load the codebook, read and code the corpus, analyse, write the report.
///
/// The only place that wires the stages together. A configuration problem (the codebook, the corpus
/// folder, an output folder inside the corpus) stops the run before anything is written; a file that
/// cannot be read is listed and the run goes on without it.
public enum Pipeline {
    /// Runs every stage with `options`; with ``RunOptions/shard`` set, writes a partial result for
    /// `tematik merge` instead of a report (see ``PartialHeader``).
    /// - Returns: what was read, what failed and what was written.
    /// - Throws: ``ConfigurationError`` when the run cannot start; an error from writing the report.
    public static func run(_ options: RunOptions) async throws -> RunSummary {
        if let shard = options.shard { return try await ShardRun.run(options, shard: shard) }
        let codebook = try loadCodebook(options.codebook)
        let privacy = options.pseudonymization(codebook: codebook)
        try checkOutput(options.output, isOutside: options.corpus)
        if let qdpx = options.qdpx {
            try checkOutput(qdpx, isOutside: options.corpus, name: "REFI-QDA project", option: "--qdpx path")
        }
        let cache = try openCache(options, codebook: codebook)
        // The cache stores on its own thread while the run goes on; whatever it still holds at the end,
        // failed runs included, is stored before the run returns.
        defer { cache?.drain() }
        let corpus = try CorpusStream(
            root: options.corpus, reading: options.reading,
            coder: Coder(codebook: codebook, includeInterviewer: options.includeInterviewer), jobs: options.jobs,
            cache: cache)
        let fingerprint = cache.map { _ in
            ReportFingerprint(options: options, codebook: codebook, pseudonymization: privacy, listing: corpus.listing)
        }
        if let cache, let fingerprint, var summary = cache.upToDateSummary(fingerprint, output: options.output) {
            summary.warnings = cache.diagnostics + summary.warnings
            return summary
        }
        var pseudonyms = privacy.isOn ? try await pseudonymizer(for: corpus, root: options.corpus) : nil
        let outputExisted = FileManager.default.fileExists(atPath: options.output.path)
        var codings = try CodingsCSVSink(directory: options.output, codebook: codebook)
        let store = try ReportStore(
            path: options.output.appendingPathComponent("tematik.sqlite").path, codebook: codebook,
            toolVersion: ToolInfo.version, backlog: options.storeBacklog)
        var project = options.qdpx.map { _ in
            QDPXWriter(codebook: codebook, language: options.language ?? codebook.language, projectName: codebook.name)
        }
        let outcome: CorpusOutcome
        let codingsFile: CodingsCSVFile
        // Each document is counted and its codings written, then dropped: nothing grows with the corpus
        // but the accumulators' small per-document rows and word counts.
        let maker = DocumentContribution.Maker(
            codebook: codebook, options: options.analysis, makesRows: pseudonyms == nil)
        do {
            outcome = try await corpus.forEach(keepingTokens: true, preparing: maker.contribution) {
                document, contribution in
                let shown = pseudonyms?.mask(document) ?? document
                if let rows = contribution.codingsRows {
                    try codings.append(rows: rows)
                } else {
                    try codings.append(shown)
                }
                try store.add(shown)
                project?.add(shown)
            }
            codingsFile = try codings.finish()
        } catch {
            codings.discard()
            store.discard()
            throw error
        }
        let accumulator = maker.pool.merged()
        let documents = accumulator.documents
        // The result holds what the report needs; the per-document records go as it is made.
        let result = (consume accumulator).takeResult()
        if options.strict, !outcome.failures.isEmpty { store.discard() }
        try enforceStrict(options, failures: outcome.failures, codings: codingsFile, outputExisted: outputExisted)
        let language = ReportLanguage(rawValue: options.language ?? codebook.language) ?? .sv
        var failures = outcome.failures
        if var registering = pseudonyms {
            // Failed files get their masked ids after the documents read, before the pseudonymizer is handed on.
            failures = masked(failures, listing: corpus.listing, pseudonyms: &registering)
            pseudonyms = registering
        }
        var input = ReportInput(
            result: result, documents: documents, codings: codingsFile, codebook: codebook,
            language: language, toolVersion: ToolInfo.version,
            manifest: manifest(listing: corpus.listing, options: options),
            sourceDateEpoch: options.sourceDateEpoch, failures: failures)
        input.pseudonymizer = pseudonyms
        let written = try await writeReport(
            input, store: store, result: pseudonyms?.mask(result) ?? result, to: options.output)
        if let project, let url = options.qdpx { try project.write(to: url) }
        let folder = options.output.relativePath
        var summary = RunSummary(
            documents: outcome.documents, failures: outcome.failures, warnings: outcome.warnings,
            skipped: corpus.listing.skipped, output: folder, filesWritten: written.map { folder + "/" + $0 },
            pseudonymized: privacy.isOn ? privacy : nil)
        let files = written.map { options.output.appendingPathComponent($0) } + (options.qdpx.map { [$0] } ?? [])
        if let fingerprint { cache?.record(summary, fingerprint: fingerprint, output: options.output, files: files) }
        summary.warnings = (cache?.diagnostics ?? []) + summary.warnings
        return summary
    }

    /// Loads the codebook, turning its problems into a ``ConfigurationError``.
    public static func loadCodebook(_ url: URL) throws -> Codebook {
        do {
            return try CodebookLoader.load(url)
        } catch let error as CodebookError {
            throw ConfigurationError(error.diagnostics)
        } catch let diagnostic as Diagnostic {
            throw ConfigurationError([diagnostic])
        }
    }

    /// Opens the cache named in `options`, refusing one inside the corpus or the report folder.
    static func openCache(_ options: RunOptions, codebook: Codebook) throws -> CodingCache? {
        guard let url = options.cache else { return nil }
        for (folder, name) in [(options.corpus, "corpus"), (options.output, "report")] where url.isInside(folder) {
            throw ConfigurationError([
                Diagnostic(
                    .error, SourceLocation(file: url.relativePath), "the cache file is inside the \(name) folder",
                    fix:
                        "Give a --cache path outside '\(folder.relativePath)', such as the default .tematik-cache.sqlite."
                )
            ])
        }
        do {
            return try CodingCache(
                url: url, reading: options.reading, includeInterviewer: options.includeInterviewer, codebook: codebook)
        } catch {
            throw ConfigurationError([
                Diagnostic(
                    .error, SourceLocation(file: url.relativePath), "the cache cannot be opened (\(error))",
                    fix: "Check that its folder is writable, or run with --no-cache.")
            ])
        }
    }

    /// Refuses an output folder inside the corpus folder: Tematik never writes into the corpus.
    static func checkOutput(
        _ output: URL, isOutside corpus: URL, name: String = "report folder", option: String = "--out folder"
    )
        throws
    {
        guard !output.isInside(corpus) else {
            throw ConfigurationError([
                Diagnostic(
                    .error, SourceLocation(file: output.relativePath), "the \(name) is inside the corpus folder",
                    fix: "Choose an \(option) outside '\(corpus.relativePath)'; Tematik never writes into the corpus.")
            ])
        }
    }
    /// The manifest's inputs besides the documents (which the report lists itself) and the options:
    /// paths relative to the corpus, never absolute ones.
    static func manifest(listing: CorpusListing, options: RunOptions) -> ManifestData {
        var inputs: [ManifestInput] = []
        if let url = listing.metadata, let data = try? Data(contentsOf: url) {
            inputs.append(ManifestInput(path: url.lastPathComponent, sha256: SHA256.hex(of: data)))
        }
        return ManifestData(
            codebookPath: options.codebook.lastPathComponent, otherInputs: inputs,
            includeInterviewer: options.includeInterviewer, interviewerLabels: options.reading.interviewerLabels,
            interviewerNames: options.reading.interviewerNames)
    }
}

extension URL {
    /// Whether this path is `folder` or lies below it, after resolving `.`, `..` and links.
    func isInside(_ folder: URL) -> Bool {
        let path = standardizedFileURL.resolvingSymlinksInPath().path + "/"
        return path.hasPrefix(folder.standardizedFileURL.resolvingSymlinksInPath().path + "/")
    }
}
