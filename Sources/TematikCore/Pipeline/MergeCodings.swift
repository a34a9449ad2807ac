import Foundation

/// Joins the shards' `codings.csv` files into one, documents in global id order, streaming.
///
/// Each shard's file holds the header and then one block of rows per document, in id order, and its
/// `partial.json` gives the length of every block. This is a k-way merge of the shards' blocks by document
/// id: the merged accumulator's documents, already in global id order, say which shard's next block comes
/// next, so every shard's file is read once, front to back, and no row is parsed.
enum MergeCodings {
    /// Appends every shard's blocks to `sink` in the order of `documentIDs`.
    /// - Parameters:
    ///   - partials: Each partial's folder and header.
    ///   - documentIDs: Every document of every partial, in id order.
    /// - Throws: a ``ConfigurationError`` when a shard's `codings.csv` does not match its header; a
    ///   ``Diagnostic`` when the merged file cannot be written.
    static func append(
        _ partials: [(folder: URL, header: PartialHeader)], documentIDs: [String], to sink: inout CodingsCSVSink
    ) throws {
        var owner: [String: Int] = [:]
        for (index, partial) in partials.enumerated() {
            for document in partial.header.documents { owner[document.id] = index }
        }
        let header = Data(CSVWriter.row(CodingsCSV.header).utf8)
        let readers = try partials.map { try open($0.folder, header: header) }
        defer { readers.forEach { try? $0.handle.close() } }
        var next = Array(repeating: 0, count: partials.count)
        for id in documentIDs {
            guard let index = owner[id] else { throw damaged(readers[0].url, "has no rows for '\(id)'") }
            let block = partials[index].header.documents[next[index]]
            next[index] += 1
            guard block.id == id else { throw damaged(readers[index].url, "lists '\(block.id)' before '\(id)'") }
            guard block.bytes > 0 else { continue }
            let rows = try? readers[index].handle.read(upToCount: block.bytes)
            guard let rows, rows.count == block.bytes else {
                throw damaged(readers[index].url, "ends before the rows of '\(id)'")
            }
            try sink.append(rows: rows)
        }
        for reader in readers {
            guard (try? reader.handle.read(upToCount: 1))?.isEmpty ?? true else {
                throw damaged(reader.url, "has rows that partial.json does not list")
            }
        }
    }

    /// Refuses, before anything is written, a shard whose `codings.csv` is not as long as its header says.
    /// - Throws: a ``ConfigurationError`` naming the file.
    static func checkSizes(_ partials: [(folder: URL, header: PartialHeader)]) throws {
        let headerBytes = CSVWriter.row(CodingsCSV.header).utf8.count
        for (folder, header) in partials {
            let url = folder.appendingPathComponent(PartialHeader.codingsFileName)
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
            let expected = headerBytes + header.documents.reduce(0) { $0 + $1.bytes }
            guard let size else { throw damaged(url, "cannot be opened") }
            guard size == expected else {
                throw damaged(url, "has \(size) bytes, but partial.json lists rows for \(expected)")
            }
        }
    }

    /// Opens a shard's `codings.csv` and reads past its header.
    private static func open(_ folder: URL, header: Data) throws -> (url: URL, handle: FileHandle) {
        let url = folder.appendingPathComponent(PartialHeader.codingsFileName)
        guard let handle = try? FileHandle(forReadingFrom: url) else { throw damaged(url, "cannot be opened") }
        guard (try? handle.read(upToCount: header.count)) == header else {
            try? handle.close()
            throw damaged(url, "does not start with the codings.csv header")
        }
        return (url, handle)
    }

    private static func damaged(_ url: URL, _ problem: String) -> ConfigurationError {
        ConfigurationError([
            Diagnostic(
                .error, SourceLocation(file: url.relativePath), problem,
                fix: "Run that shard again; its folder is incomplete or was changed.")
        ])
    }
}
