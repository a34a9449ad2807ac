import Foundation

/// What `tematik merge` needs: the partial folders, the report folder, and optionally the codebook.
public struct MergeOptions: Sendable {
    /// The folders `tematik run --shard i/N --out DIR` wrote, one per shard, in any order.
    public var partials: [URL]
    /// The report folder.
    public var output: URL
    /// The codebook the shards used; `nil` loads the file each partial recorded. Its SHA-256 must match.
    public var codebook: URL?
    /// Seconds since 1970 from `SOURCE_DATE_EPOCH` of the merge: the only time stamp the report may carry.
    public var sourceDateEpoch: Int?

    /// Creates the options of one merge.
    public init(partials: [URL], output: URL, codebook: URL? = nil, sourceDateEpoch: Int? = nil) {
        self.partials = partials
        self.output = output
        self.codebook = codebook
        self.sourceDateEpoch = sourceDateEpoch
    }
}

/// `tematik merge`: combines the partial results of every shard into the report one run gives, byte for
/// byte (the same files, the same bytes, the manifest included).
public enum Merge {
    /// Checks the partials, merges their accumulators and `codings.csv` rows, and writes the report.
    /// - Returns: the documents, failures, warnings and skipped files of all shards, as one run reports them.
    /// - Throws: a ``ConfigurationError`` before anything is written when the partials do not belong
    ///   together (tool version, codebook, corpus, options, shard count), a shard is missing or given twice,
    ///   or a partial is damaged; an error from writing the report.
    public static func run(_ options: MergeOptions) throws -> RunSummary {
        let loaded = try options.partials.map { (folder: $0, header: try PartialHeader.load(from: $0)) }
        let problems = MergeChecks.problems(loaded)
        guard problems.isEmpty else { throw ConfigurationError(problems) }
        let partials = loaded.sorted { $0.header.shard.index < $1.header.shard.index }
        let settings = partials[0].header.settings
        let codebook = try loadCodebook(
            options.codebook ?? URL(fileURLWithPath: partials[0].header.codebookFile),
            sha256: settings.codebookSHA256)
        try checkOutput(options.output, partials: partials.map(\.folder))
        var accumulator = AnalysisAccumulator(codebook: codebook, options: settings.analysis)
        for partial in partials { accumulator.merge(try loadAccumulator(partial, codebook: codebook)) }
        let documents = accumulator.documents
        try MergeCodings.checkSizes(partials)
        try MergeStore.checkFiles(partials)
        var codings = try CodingsCSVSink(directory: options.output, codebook: codebook)
        let store = try ReportStore(
            path: options.output.appendingPathComponent("tematik.sqlite").path, codebook: codebook,
            toolVersion: settings.toolVersion)
        let codingsFile: CodingsCSVFile
        do {
            try MergeCodings.append(partials, documentIDs: documents.map(\.id), to: &codings)
            try MergeStore.copy(partials, into: store)
            codingsFile = try codings.finish()
        } catch {
            codings.discard()
            store.discard()
            throw error
        }
        let result = accumulator.result()
        let headers = partials.map(\.header)
        let failures = headers[0].listingFailures + inFileOrder(headers.map(\.fileFailures))
        let input = ReportInput(
            result: result, documents: documents, codings: codingsFile, codebook: codebook,
            language: ReportLanguage(rawValue: settings.language) ?? .sv, toolVersion: settings.toolVersion,
            manifest: settings.manifest, sourceDateEpoch: options.sourceDateEpoch, failures: failures)
        var written = try ReportWriter.write(input, to: options.output)
        try store.finish(result)
        written.append("tematik.sqlite")
        let folder = options.output.relativePath
        return RunSummary(
            documents: documents.count, failures: failures,
            warnings: headers[0].leadingWarnings + inFileOrder(headers.map(\.documentWarnings))
                + headers[0].trailingWarnings,
            skipped: headers[0].skipped, output: folder, filesWritten: written.map { folder + "/" + $0 })
    }

    /// The shards' per-file diagnostics in the order one run gives them: by file (the corpus path is the
    /// same prefix, so this is document-id order), a file's own diagnostics in the order found.
    static func inFileOrder(_ shards: [[Diagnostic]]) -> [Diagnostic] {
        let tagged = shards.enumerated().flatMap { shard, diagnostics in
            diagnostics.enumerated().map { (shard: shard, position: $0.offset, diagnostic: $0.element) }
        }
        return tagged.sorted {
            let (a, b) = ($0.diagnostic.location.file, $1.diagnostic.location.file)
            if a != b { return a.utf8.lexicographicallyPrecedes(b.utf8) }
            return ($0.shard, $0.position) < ($1.shard, $1.position)
        }.map(\.diagnostic)
    }

    /// Loads the codebook and checks that it is the one the shards coded with.
    private static func loadCodebook(_ url: URL, sha256: String) throws -> Codebook {
        let codebook = try Pipeline.loadCodebook(url)
        guard codebook.sha256 == sha256 else {
            throw ConfigurationError([
                Diagnostic(
                    .error, SourceLocation(file: url.relativePath),
                    "is not the codebook the shards used (sha256 \(codebook.sha256), the partials have \(sha256))",
                    fix: "Give the codebook the shards were run with, unchanged, with --codebook.")
            ])
        }
        return codebook
    }

    /// Refuses a report folder that is one of the partial folders: the report would mix with a partial.
    private static func checkOutput(_ output: URL, partials: [URL]) throws {
        let target = output.standardizedFileURL.resolvingSymlinksInPath().path
        for folder in partials where folder.standardizedFileURL.resolvingSymlinksInPath().path == target {
            throw ConfigurationError([
                Diagnostic(
                    .error, SourceLocation(file: output.relativePath), "the report folder is a partial result's folder",
                    fix: "Choose an --out folder of its own.")
            ])
        }
    }

    /// A shard's accumulator, checked against its header.
    private static func loadAccumulator(_ partial: (folder: URL, header: PartialHeader), codebook: Codebook) throws
        -> AnalysisAccumulator
    {
        let url = partial.folder.appendingPathComponent(PartialHeader.accumulatorFileName)
        func damaged(_ problem: String) -> ConfigurationError {
            ConfigurationError([
                Diagnostic(
                    .error, SourceLocation(file: url.relativePath), problem,
                    fix: "Run that shard again; its folder is incomplete or was changed.")
            ])
        }
        guard let data = try? Data(contentsOf: url) else { throw damaged("cannot be read") }
        let accumulator: AnalysisAccumulator
        do {
            accumulator = try AnalysisAccumulator.decode(data, codebook: codebook)
        } catch {
            throw damaged("cannot be loaded (\(error))")
        }
        guard accumulator.documents.map(\.id) == partial.header.documents.map(\.id),
            partial.header.documents.allSatisfy({ partial.header.shard.owns($0.id) })
        else {
            throw damaged("holds other documents than partial.json lists for shard \(partial.header.shard)")
        }
        guard accumulator.options == partial.header.settings.analysis else {
            throw damaged("was made with other options than partial.json records")
        }
        return accumulator
    }
}
