import Foundation

/// A sharded run (`tematik run --shard i/N --out DIR`): reads and codes the shard's documents only and
/// writes a partial result (see ``PartialHeader``) to `DIR` instead of a report.
///
/// Per shard: reading, tokenizing and coding its documents, their counts, co-occurrences, exemplar
/// candidates and word tallies (the accumulator), their rows of `codings.csv` and of `tematik.sqlite`. Global, left to
/// `tematik merge`: sorting, the rates and statistics over the whole corpus, the choice of exemplars, and
/// every report file.
enum ShardRun {
    static func run(_ options: RunOptions, shard: ShardSpec) async throws -> RunSummary {
        let codebook = try Pipeline.loadCodebook(options.codebook)
        try refusePseudonymization(options.pseudonymization(codebook: codebook))
        try Pipeline.checkOutput(options.output, isOutside: options.corpus)
        let corpus = try CorpusStream(
            root: options.corpus, reading: options.reading,
            coder: Coder(codebook: codebook, includeInterviewer: options.includeInterviewer), jobs: options.jobs,
            shard: shard)
        var codings = try CodingsCSVSink(directory: options.output, codebook: codebook)
        let store = try ReportStore(
            path: options.output.appendingPathComponent(PartialHeader.storeFileName).path, codebook: codebook,
            toolVersion: ToolInfo.version, backlog: options.storeBacklog)
        var documents: [PartialDocument] = []
        var documentWarnings = 0
        let outcome: CorpusOutcome
        let codingsFile: CodingsCSVFile
        let maker = DocumentContribution.Maker(codebook: codebook, options: options.analysis, makesRows: true)
        do {
            outcome = try await corpus.forEach(keepingTokens: true, preparing: maker.contribution) {
                document, contribution in
                let start = codings.bytesWritten
                try codings.append(rows: contribution.codingsRows ?? [])
                try store.add(document)
                documents.append(PartialDocument(id: document.document.id, bytes: codings.bytesWritten - start))
                documentWarnings += document.document.warnings.count
            }
            codingsFile = try codings.finish()
            try store.finishShard()
        } catch {
            codings.discard()
            store.discard()
            throw error
        }
        let listingFailures = corpus.openingFailures.count
        let leadingWarnings = shard.ownsCorpusLevel ? corpus.metadata?.warnings.count ?? 0 : 0
        let trailingStart = leadingWarnings + documentWarnings
        let header = PartialHeader(
            format: PartialHeader.currentFormat, shard: shard, settings: settings(options, codebook, corpus.listing),
            codebookFile: options.codebook.standardizedFileURL.path, documents: documents,
            listingFailures: Array(outcome.failures.prefix(listingFailures)),
            fileFailures: Array(outcome.failures.dropFirst(listingFailures)),
            leadingWarnings: Array(outcome.warnings.prefix(leadingWarnings)),
            documentWarnings: Array(outcome.warnings[leadingWarnings..<trailingStart]),
            trailingWarnings: Array(outcome.warnings.dropFirst(trailingStart)),
            skipped: shard.ownsCorpusLevel ? corpus.listing.skipped : [])
        let folder = options.output
        try AtomicFile.write(
            try maker.pool.merged().encoded(),
            to: folder.appendingPathComponent(PartialHeader.accumulatorFileName))
        try codingsFile.move(to: folder.appendingPathComponent(PartialHeader.codingsFileName))
        // Last, so that a folder with `partial.json` holds a whole partial result.
        try header.write(to: folder)
        let path = folder.relativePath
        let written = [
            PartialHeader.accumulatorFileName, PartialHeader.codingsFileName, PartialHeader.storeFileName,
            PartialHeader.fileName,
        ]
        return RunSummary(
            documents: outcome.documents, failures: outcome.failures, warnings: outcome.warnings,
            skipped: header.skipped, output: path, filesWritten: written.sorted().map { path + "/" + $0 })
    }

    /// A shard writes a partial result, which `tematik merge` turns into an unmasked report: pseudonymisation,
    /// from whichever setting, would be silently lost, so it stops the run (the command line exits 2).
    /// - Throws: ``ConfigurationError`` at the setting that asked for it.
    static func refusePseudonymization(_ privacy: Pseudonymization) throws {
        guard privacy.isOn else { return }
        let location: SourceLocation
        switch privacy.source {
        case .projectFile(let written): location = written
        case .codebook(let path): location = SourceLocation(file: path)
        case .commandLine, .unset: location = SourceLocation(file: "command line")
        }
        throw ConfigurationError([
            Diagnostic(
                .error, location, "\(privacy.setting) does not work with --shard yet",
                fix: "Run without --shard to pseudonymise, or add --no-pseudonymize to shard without masking.")
        ])
    }

    /// What every shard of one merge must share, as this run sees it.
    static func settings(_ options: RunOptions, _ codebook: Codebook, _ listing: CorpusListing) -> PartialSettings {
        let manifest = Pipeline.manifest(listing: listing, options: options)
        let ids = listing.documents.map(\.id).joined(separator: "\0")
        return PartialSettings(
            toolVersion: ToolInfo.version, codebookSHA256: codebook.sha256, codebookPath: manifest.codebookPath,
            corpus: options.corpus.relativePath, listingSHA256: SHA256.hex(of: Array(ids.utf8)),
            otherInputs: manifest.otherInputs.map { ManifestInputValue(path: $0.path, sha256: $0.sha256) },
            analysis: options.analysis, includeInterviewer: manifest.includeInterviewer,
            interviewerLabels: manifest.interviewerLabels, interviewerNames: manifest.interviewerNames,
            language: (ReportLanguage(rawValue: options.language ?? codebook.language) ?? .sv).rawValue,
            shardCount: options.shard?.count ?? 1)
    }
}
