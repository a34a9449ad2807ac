import Foundation

/// A corpus folder, opened: its listing and metadata, ready to be read and coded document by document.
///
/// Every command that consumes a corpus goes through ``forEach(_:)``, which never holds more than a
/// small window of documents, so memory stays flat however large the corpus grows.
public struct CorpusStream: Sendable {
    /// The files found in the corpus folder.
    public let listing: CorpusListing
    /// The corpus's `metadata.csv`, if it has one that could be read.
    public let metadata: MetadataTable?
    let root: URL
    let reading: ReadOptions
    let coder: Coder
    let jobs: Int
    /// The cache of read and coded documents, or `nil` with `--no-cache`.
    let cache: CodingCache?
    /// The share of the corpus this stream reads (``ShardSpec/whole`` unless the run is sharded).
    let shard: ShardSpec
    /// Problems found while opening: files that cannot be listed, an unreadable `metadata.csv`.
    let openingFailures: [Diagnostic]

    /// Segments per chunk of coding work: a document longer than this is split at segment boundaries so
    /// that one long transcript does not keep a single core busy while the others wait.
    static let chunkSize = 512

    /// How many documents per job may be read and coded ahead of the one `body` takes next. Transcripts
    /// differ in length by a factor of two and more, and `body` waits whenever the store falls behind, so a
    /// short window left a core idle a tenth of the time (2 per job: both cores 87 % busy over a 200 MB
    /// corpus; 8 per job: 96 %). A waiting document holds its text and codings, some hundred KB.
    static let lookahead = 8

    /// Lists the corpus under `root` and reads its `metadata.csv`; no transcript is read yet.
    /// - Parameters:
    ///   - jobs: How many documents are read and coded at a time (at least 1).
    ///   - cache: Where unchanged documents are taken from instead of being read and coded again.
    ///   - shard: The share to read: documents of other shards are skipped unread, and only shard 0
    ///     reports listing and `metadata.csv` problems, so that each problem is reported once.
    /// - Throws: a ``ConfigurationError`` when `root` is not a readable folder.
    public init(
        root: URL, reading: ReadOptions, coder: Coder, jobs: Int, cache: CodingCache? = nil, shard: ShardSpec = .whole
    ) throws {
        do {
            listing = try CorpusScanner.scan(root: root)
        } catch let diagnostic as Diagnostic {
            throw ConfigurationError([diagnostic])
        }
        var failures = listing.errors
        metadata = Self.readMetadata(listing, failures: &failures)
        openingFailures = shard.ownsCorpusLevel ? failures : []
        self.shard = shard
        self.root = root
        self.reading = reading
        self.coder = coder
        self.jobs = max(jobs, 1)
        self.cache = cache
    }

    /// Reads and codes every document and hands each to `body` in document-id order, one at a time.
    ///
    /// Up to `jobs` documents are read and coded at once, each in its own task (a document longer than
    /// ``chunkSize`` segments is coded in chunks on a nested group and joined in segment order), as
    /// ``inOrder(_:_:)`` runs them. `body` sees the same documents in the same order for any `jobs`, and a
    /// document is gone once `body` returns.
    /// - Returns: the number of documents read, and every failure and warning, in the order a reader
    ///   expects: listing and metadata problems first, then file by file, then metadata rows without a file.
    /// - Throws: what `body` throws; documents still in flight are then cancelled.
    public func forEach(_ body: (CodedDocument) async throws -> Void) async throws -> CorpusOutcome {
        try await forEach(keepingTokens: false, preparing: { _, _ in () }) { document, _ in try await body(document) }
    }

    /// Like ``forEach(_:)``, and also runs `prepare` on each coded document in the task that coded it,
    /// concurrently with the other documents, handing its result to `body` with the document: the place
    /// for per-document work that does not depend on the documents before it. With `keepingTokens`,
    /// `prepare` also gets the tokens of the segments the coder found codings in (`nil` for a document
    /// from the cache).
    func forEach<Prepared: Sendable>(
        keepingTokens: Bool, preparing prepare: @escaping @Sendable (CodedDocument, CodedTokens?) -> Prepared,
        _ body: (CodedDocument, Prepared) async throws -> Void
    ) async throws -> CorpusOutcome {
        let openingWarnings = shard.ownsCorpusLevel ? metadata?.warnings ?? [] : []
        var outcome = CorpusOutcome(documents: 0, failures: openingFailures, warnings: openingWarnings)
        let failures = try await inOrder({
            await self.readAndCode($0, keepingTokens: keepingTokens).map { ($0.coded, prepare($0.coded, $0.tokens)) }
        }) {
            document, prepared in
            outcome.documents += 1
            outcome.warnings += document.document.warnings
            try await body(document, prepared)
        }
        outcome.failures += failures
        if let metadata, shard.ownsCorpusLevel {
            // Against the whole listing: a row names a missing file only if no shard has that file.
            outcome.warnings += metadata.warningsForMissingFiles(documentIDs: Set(listing.documents.map(\.id)))
        }
        return outcome
    }

    /// Reads every document without coding it (and without the cache) and hands each to `body` in
    /// document-id order, `jobs` at a time as ``forEach(_:)`` reads them; files that cannot be read are
    /// left out, for ``forEach(_:)`` to report.
    /// - Throws: what `body` throws.
    public func forEachRead(_ body: (Document) async throws -> Void) async throws {
        let (root, reading, metadata) = (root, reading, metadata)
        _ = try await inOrder({ DocumentReader.read($0, root: root, options: reading, metadata: metadata) }, body)
    }

    /// Runs `work` on every entry of this stream's shard, `jobs` at a time, and hands each success to `body`
    /// in document-id order, one at a time, as ``concurrentForEach(_:jobs:lookahead:_:_:)`` does, at most
    /// ``lookahead`` `× jobs` entries ahead of the next one due.
    /// - Returns: the failures, in document-id order.
    /// - Throws: what `body` throws; entries still in flight are then cancelled.
    private func inOrder<Value: Sendable>(
        _ work: @escaping @Sendable (CorpusEntry) async -> Result<Value, Diagnostic>,
        _ body: (Value) async throws -> Void
    ) async throws -> [Diagnostic] {
        var failures: [Diagnostic] = []
        try await concurrentForEach(
            listing.documents.filter { shard.owns($0.id) }, jobs: jobs, lookahead: Self.lookahead, work
        ) { result in
            switch result {
            case .success(let value): try await body(value)
            case .failure(let diagnostic): failures.append(diagnostic)
            }
        }
        return failures
    }

    /// Reads one file and codes it, or takes it from the cache; with the coder's tokens when asked.
    private func readAndCode(_ entry: CorpusEntry, keepingTokens: Bool) async
        -> Result<(coded: CodedDocument, tokens: CodedTokens?), Diagnostic>
    {
        let (coder, jobs) = (coder, jobs)
        let code = { (document: Document) in
            await Self.code(document, coder: coder, jobs: jobs, keepingTokens: keepingTokens)
        }
        if let cache {
            return await cache.codedDocument(entry, root: root, reading: reading, metadata: metadata, code: code)
        }
        switch DocumentReader.read(entry, root: root, options: reading, metadata: metadata) {
        case .success(let document): return .success(await code(document))
        case .failure(let diagnostic): return .failure(diagnostic)
        }
    }

    /// Codes one document in chunks of at most `chunkSize` segments, `jobs` chunks at a time, and joins
    /// the chunks in segment order; a short document is one chunk, coded on the calling task.
    static func code(_ document: Document, coder: Coder, jobs: Int, chunkSize: Int = chunkSize) async
        -> CodedDocument
    {
        await code(document, coder: coder, jobs: jobs, chunkSize: chunkSize, keepingTokens: false).coded
    }

    /// ``code(_:coder:jobs:chunkSize:)``; with `keepingTokens`, also the tokens of the segments the coder
    /// found codings in (else `nil`), joined like the chunks.
    static func code(
        _ document: Document, coder: Coder, jobs: Int, chunkSize: Int = chunkSize, keepingTokens: Bool
    ) async -> (coded: CodedDocument, tokens: CodedTokens?) {
        let count = document.segments.count
        guard count > chunkSize else { return coder.code(document, segments: 0..<count, keepingTokens: keepingTokens) }
        let chunks = stride(from: 0, to: count, by: chunkSize).map { $0..<min($0 + chunkSize, count) }
        let coded = await concurrentMap(chunks, jobs: jobs) {
            coder.code(document, segments: $0, keepingTokens: keepingTokens)
        }
        var joined = coded[0]
        for chunk in coded.dropFirst() {
            joined.coded.append(chunk.coded)
            if let tokens = chunk.tokens { joined.tokens?.append(tokens) }
        }
        return joined
    }

    /// The corpus's `metadata.csv`, or `nil` when there is none or it cannot be read (then a failure).
    private static func readMetadata(_ listing: CorpusListing, failures: inout [Diagnostic]) -> MetadataTable? {
        guard let url = listing.metadata else { return nil }
        let path = listing.displayPath(for: url.lastPathComponent)
        do {
            return try MetadataTable.read(try Data(contentsOf: url), path: path)
        } catch let diagnostic as Diagnostic {
            failures.append(diagnostic)
        } catch {
            failures.append(
                Diagnostic(
                    .error, SourceLocation(file: path), "cannot be read (\(error))",
                    fix: "Check that the file can be opened."))
        }
        return nil
    }
}

/// What reading a corpus came to, besides the documents themselves.
public struct CorpusOutcome: Sendable {
    /// Documents read and coded.
    public var documents: Int
    /// Files that could not be read; the run went on without them.
    public var failures: [Diagnostic]
    /// Problems that did not stop a file from being read, file by file.
    public var warnings: [Diagnostic]
}
