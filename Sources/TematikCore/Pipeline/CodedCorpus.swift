import Foundation

/// A corpus read and coded: what every command that analyses a corpus starts from.
public struct CodedCorpus: Sendable {
    /// The files found in the corpus folder.
    public var listing: CorpusListing
    /// The corpus's `metadata.csv`, if it has one that could be read.
    public var metadata: MetadataTable?
    /// The documents that could be read, coded, in document-id order.
    public var documents: [CodedDocument]
    /// Files that could not be read; the run went on without them.
    public var failures: [Diagnostic]
    /// Problems that did not stop a file from being read, file by file.
    public var warnings: [Diagnostic]
}

extension CodedCorpus {
    /// Segments per chunk of coding work: a document longer than this is split at segment boundaries so
    /// that one long transcript does not keep a single core busy while the others wait.
    static let chunkSize = 512

    /// Reads and codes every document under `root`, `jobs` at a time.
    ///
    /// Documents are read concurrently, one task per file; then coding runs over chunks of at most
    /// ``chunkSize`` segments, and the chunks of a document are joined in segment order. Results land in
    /// the slot of their input, so the outcome never depends on `jobs` or on scheduling.
    /// - Throws: a ``ConfigurationError`` when `root` is not a readable folder.
    public static func read(
        root: URL, reading: ReadOptions, coder: Coder, jobs: Int
    ) async throws -> CodedCorpus {
        let listing: CorpusListing
        do {
            listing = try CorpusScanner.scan(root: root)
        } catch let diagnostic as Diagnostic {
            throw ConfigurationError([diagnostic])
        }
        var failures = listing.errors
        var warnings: [Diagnostic] = []
        let metadata = readMetadata(listing, failures: &failures)
        warnings += metadata?.warnings ?? []

        let results = await concurrentMap(listing.documents, jobs: jobs) { entry in
            DocumentReader.read(entry, root: root, options: reading, metadata: metadata)
        }
        var documents: [Document] = []
        for result in results {
            switch result {
            case .success(let document):
                documents.append(document)
                warnings += document.warnings
            case .failure(let diagnostic):
                failures.append(diagnostic)
            }
        }
        if let metadata {
            warnings += metadata.warningsForMissingFiles(documentIDs: Set(listing.documents.map(\.id)))
        }
        let coded = await code(documents, coder: coder, jobs: jobs)
        return CodedCorpus(
            listing: listing, metadata: metadata, documents: coded, failures: failures, warnings: warnings)
    }

    /// Codes `documents` in chunks of segments, `jobs` chunks at a time, and joins each document's chunks.
    static func code(_ documents: [Document], coder: Coder, jobs: Int, chunkSize: Int = chunkSize) async
        -> [CodedDocument]
    {
        var work: [(document: Int, segments: Range<Int>)] = []
        for (index, document) in documents.enumerated() {
            let count = document.segments.count
            for start in stride(from: 0, to: max(count, 1), by: chunkSize) {
                work.append((index, start..<min(start + chunkSize, count)))
            }
        }
        let chunks = await concurrentMap(work, jobs: jobs) { item in
            coder.code(documents[item.document], segments: item.segments)
        }
        var coded: [CodedDocument] = []
        coded.reserveCapacity(documents.count)
        for (item, chunk) in zip(work, chunks) {
            if item.segments.lowerBound == 0 {
                coded.append(chunk)
            } else {
                coded[coded.count - 1].append(chunk)
            }
        }
        return coded
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
            failures.append(Diagnostic(.error, SourceLocation(file: path), "cannot be read (\(error))",
                                       fix: "Check that the file can be opened."))
        }
        return nil
    }
}
