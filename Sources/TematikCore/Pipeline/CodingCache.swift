import Foundation

/// The document cache as one run uses it: the cache file and the parts of the key that are the same
/// for every document.
///
/// A document is not coded again, and not read again where its format is kept as read
/// (``keepsReadDocuments(of:)``), when its bytes (SHA-256), the tool version, the codebook (SHA-256), the
/// reading and coding options and its own `metadata.csv` row are all unchanged. The row is part of the
/// key because its `interviewer` column decides roles; its attributes are re-applied on every hit anyway.
/// Changing the codebook keeps the read documents and codes them again.
public struct CodingCache: Sendable {
    let cache: DocumentCache
    let optionsKey: String
    let codebook: String

    /// How many values the run's tasks may hand to the cache's writer before they wait for it: they go on
    /// reading and coding while it stores, instead of taking turns with each other and with it.
    static let backlog = 16

    /// Opens (or creates, or rebuilds when corrupt or foreign) the cache at `url`.
    /// - Returns: the cache, and a warning when a bad cache file was rebuilt.
    public init(url: URL, reading: ReadOptions, includeInterviewer: Bool, codebook: Codebook) throws {
        cache = try DocumentCache(path: url.path, toolVersion: ToolInfo.build, backlog: Self.backlog)
        optionsKey = "\(reading)|include-interviewer=\(includeInterviewer)"
        self.codebook = codebook.sha256
    }

    /// Problems found when opening the cache file (a corrupt or foreign file that was rebuilt).
    public var diagnostics: [Diagnostic] { cache.diagnostics }

    /// The key of `id`: the run's options and the document's `metadata.csv` row.
    func key(for id: String, metadata: MetadataTable?) -> String {
        guard let metadata else { return optionsKey + "|no-metadata" }
        guard let row = metadata.rows[id] else { return optionsKey + "|no-row" }
        let attributes = row.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return optionsKey + "|" + attributes.joined(separator: ";") + "|" + row.interviewers.joined(separator: ";")
    }

    /// Whether the cache keeps documents of `format` as read, besides their codings. Plain text is read
    /// again faster than its cached value is looked up and decoded (every document of a 20 MB corpus
    /// from the cache into a new report folder: 0.731 s against 0.712 s read anew without the cache), so
    /// of `.txt` and `.md` files only the codings are kept (the first run over that corpus stores 1.8 MB
    /// instead of 22.9).
    static func keepsReadDocuments(of format: DocumentFormat) -> Bool {
        switch format {
        case .txt, .md: false
        case .docx, .odt, .vtt, .srt: true
        }
    }

    /// The coded document for `entry` from the cache, else read (or taken from the cache as read, for
    /// the formats it keeps so) and coded by `code`, and stored for the next run; with the tokens `code`
    /// kept, which the cache does not hold, so a document from the cache has none.
    func codedDocument(
        _ entry: CorpusEntry, root: URL, reading: ReadOptions, metadata: MetadataTable?,
        code: (Document) async -> (coded: CodedDocument, tokens: CodedTokens?)
    ) async -> Result<(coded: CodedDocument, tokens: CodedTokens?), Diagnostic> {
        let data: Data
        switch DocumentReader.contents(of: entry, root: root, options: reading) {
        case .failure(let diagnostic): return .failure(diagnostic)
        case .success(let bytes): data = bytes
        }
        let sha256 = SHA256.hex(of: data)
        let key = key(for: entry.id, metadata: metadata)
        let keepsDocument = Self.keepsReadDocuments(of: entry.format)
        var document: Document
        let cached = keepsDocument ? cache.lookupDocument(id: entry.id, sha256: sha256, optionsKey: key) : nil
        if let cached {
            document = cached
            document.attributes = metadata?.rows[entry.id]?.attributes ?? [:]
        } else {
            switch DocumentReader.read(entry, data: data, root: root, options: reading, metadata: metadata) {
            case .failure(let diagnostic): return .failure(diagnostic)
            case .success(let read): document = read
            }
            // A cache that cannot be written only costs the next run time; the run itself is unaffected.
            if keepsDocument { try? cache.storeDocument(document, optionsKey: key) }
        }
        // A document of a kept format that was not in the cache has no codings there either.
        if cached != nil || !keepsDocument,
            let coded = cache.lookupCoding(of: document, optionsKey: key, codebook: codebook)
        {
            return .success((coded, nil))
        }
        let (coded, tokens) = await code(document)
        try? cache.storeCoding(coded, optionsKey: key, codebook: codebook)
        return .success((coded, tokens))
    }
}

extension CodingCache {
    /// The summary of the last run into `output`, when that run had `fingerprint` and every file it wrote
    /// is still as it left it; `nil` when the report must be made again.
    func upToDateSummary(_ fingerprint: ReportFingerprint, output: URL) -> RunSummary? {
        guard let record = cache.report(output: output.standardizedFileURL.path),
            record.fingerprint == fingerprint.value, record.outputsAreUnchanged
        else { return nil }
        var summary = record.summary
        summary.upToDate = true
        return summary
    }

    /// Waits until every document and coding handed to the cache is stored. A store that failed only
    /// costs the next run time.
    func drain() { try? cache.drain() }

    /// Remembers a finished run into `output` with its fingerprint and the stamps of the files it wrote.
    /// A record that cannot be stored only costs the next run time.
    func record(_ summary: RunSummary, fingerprint: ReportFingerprint, output: URL, files: [URL]) {
        let stamps = files.compactMap(FileStamp.init)
        guard stamps.count == files.count else { return }
        let record = ReportRecord(fingerprint: fingerprint.value, summary: summary, outputs: stamps)
        try? cache.storeReport(record, output: output.standardizedFileURL.path)
    }
}
