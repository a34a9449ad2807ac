import Foundation

extension PartialHeader {
    /// Writes `partial.json` into `folder`, keys sorted, atomically.
    /// - Throws: a ``Diagnostic`` naming the file when it cannot be written.
    func write(to folder: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        try AtomicFile.write(try encoder.encode(self), to: folder.appendingPathComponent(Self.fileName))
    }

    /// Reads `partial.json` from a partial folder.
    /// - Throws: a ``ConfigurationError`` naming the file when it is missing, unreadable, of another format
    ///   version or not a partial result.
    static func load(from folder: URL) throws -> PartialHeader {
        let url = folder.appendingPathComponent(fileName)
        let path = url.relativePath
        guard let data = try? Data(contentsOf: url) else {
            throw ConfigurationError([
                Diagnostic(
                    .error, SourceLocation(file: path), "no partial result here",
                    fix: "Give the --out folders of 'tematik run --shard i/N' runs that have finished.")
            ])
        }
        struct Format: Decodable { var format: Int }
        let decoder = JSONDecoder()
        guard let format = try? decoder.decode(Format.self, from: data) else {
            throw ConfigurationError([
                Diagnostic(
                    .error, SourceLocation(file: path), "is not a partial result",
                    fix: "Give the --out folders of 'tematik run --shard i/N' runs.")
            ])
        }
        guard format.format == currentFormat else {
            throw ConfigurationError([
                Diagnostic(
                    .error, SourceLocation(file: path),
                    "partial format \(format.format) is not the format this tematik reads (\(currentFormat))",
                    fix: "Run every shard and the merge with the same version of tematik.")
            ])
        }
        do {
            return try decoder.decode(PartialHeader.self, from: data)
        } catch {
            throw ConfigurationError([
                Diagnostic(
                    .error, SourceLocation(file: path), "cannot be read as a partial result (\(error))",
                    fix: "Run the shard again; the file may have been damaged.")
            ])
        }
    }
}
