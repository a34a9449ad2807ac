import Foundation
import ZIPFoundation

/// A ZIP archive read from memory, whose entries are inflated under ``ZipLimits``.
///
/// Nothing is unpacked to disk. Entry names are matched exactly first and then without regard to
/// ASCII case, because OPC part names are case-insensitive and some writers change the case.
/// CRC-32 checks are skipped: they cost about 15 % of reading time, and a damaged entry still fails
/// to inflate or to parse as XML.
struct ZipPackage {
    private let archive: Archive
    private let archiveSize: Int
    private let data: Data
    /// Each entry's own bytes, in the archive's order; `nil` for archives the walk does not cover (ZIP64).
    private let spans: [ZipEntrySpan?]?
    private let path: String
    private let limits: ZipLimits

    /// Opens the archive in `data`.
    /// - Throws: a ``Diagnostic`` when `data` is not a ZIP archive, is truncated, or has more entries than
    ///   ``ZipLimits/maxEntries``.
    init(data: Data, path: String, limits: ZipLimits) throws {
        self.path = path
        self.limits = limits
        self.archiveSize = data.count
        self.data = data
        let magic: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
        guard data.count >= 4, data.prefix(4).elementsEqual(magic) else {
            throw Diagnostic(
                .error, SourceLocation(file: path),
                "the file is not a ZIP archive, so it cannot be a Word or "
                    + "OpenDocument file",
                fix: "Check that the file was saved as .docx or .odt and not renamed from another format.")
        }
        if let problem = data.withUnsafeBytes(ZipBounds.problem) {
            throw Diagnostic(
                .error, SourceLocation(file: path), "the ZIP archive is truncated or damaged: \(problem)",
                fix: "Copy the file again from its source, or open and re-save it in Word or LibreOffice.")
        }
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw Diagnostic(
                .error, SourceLocation(file: path), "the ZIP archive is truncated or damaged (\(error))",
                fix: "Copy the file again from its source, or open and re-save it in Word or LibreOffice.")
        }
        // Counted by walking the central directory, not from the header's total, which a writer can fake;
        // the walk stops at the first entry past the limit, so a huge directory costs no more than that.
        var entries = 0
        for _ in archive {
            entries += 1
            guard entries <= limits.maxEntries else {
                throw ReadLimits.exceeded(
                    SourceLocation(file: path), "the number of entries in the ZIP archive",
                    limit: "\(limits.maxEntries) entries", flag: "--max-zip-entries")
            }
        }
        let spans = data.withUnsafeBytes(ZipBounds.spans)
        self.spans = spans.flatMap { $0.count >= entries ? $0 : nil }
    }

    /// Where an entry's own bytes are.
    private enum Whereabouts {
        case inside(ZipEntrySpan)
        case outside
        /// The walk does not cover the archive (ZIP64): ZIPFoundation reads it as it is.
        case unknown
    }

    private func whereabouts(of entry: Entry) -> Whereabouts {
        guard let spans else { return .unknown }
        for (index, candidate) in archive.enumerated() where candidate == entry {
            return spans[index].map(Whereabouts.inside) ?? .outside
        }
        return .outside
    }

    /// The entry named `name` (a part name without a leading `/`), if the archive has one.
    func entry(named name: String) -> Entry? {
        if let exact = archive[name] { return exact }
        let folded = name.lowercased()
        return archive.first { $0.path.lowercased() == folded }
    }

    /// The inflated bytes of `entry`.
    /// - Throws: a ``Diagnostic`` when the entry inflates past the limits or its data is damaged.
    func contents(of entry: Entry) throws -> [UInt8] {
        // The compressed bytes read can never exceed the archive itself, whatever the header claims.
        let compressed = max(1, min(Int(clamping: entry.compressedSize), archiveSize))
        let allowedByRatio = compressed.multipliedReportingOverflow(by: limits.maxCompressionRatio)
        let ratioLimit = allowedByRatio.overflow ? Int.max : max(allowedByRatio.partialValue, limits.ratioFloor)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(Int(clamping: entry.uncompressedSize), limits.maxEntrySize, ratioLimit, 64 << 20))
        let consume: Consumer = { chunk in
            guard bytes.count + chunk.count <= limits.maxEntrySize else {
                throw bomb(entry, "inflates to more than \(limits.maxEntrySize) bytes")
            }
            guard bytes.count + chunk.count <= ratioLimit else {
                throw bomb(entry, "inflates more than \(limits.maxCompressionRatio) times its compressed size")
            }
            bytes.append(contentsOf: chunk)
        }
        do {
            switch whereabouts(of: entry) {
            case .outside:
                throw TruncatedStream(reason: "its local header or data lies outside the file")
            case .inside(let span) where span.method == 0:
                try consume(data.subdata(in: span.range))
            case .inside(let span) where span.method == 8:
                // Only the entry's own bytes: a stream that has not ended by then is damaged, not read on.
                _ = try Data.decompress(
                    size: Int64(span.range.count), bufferSize: 1 << 16, skipCRC32: true,
                    provider: { position, size in
                        let start = span.range.lowerBound + Int(position)
                        guard start < span.range.upperBound else {
                            throw TruncatedStream(reason: "its deflate stream does not end within its compressed size")
                        }
                        var chunk = data.subdata(in: start..<min(start + size, span.range.upperBound))
                        // ZIPFoundation's inflater on Linux always offers zlib `size` bytes of input, whatever the
                        // chunk holds: pad it, so that zlib never reads past the buffer.
                        chunk.append(Data(count: size - chunk.count))
                        return chunk
                    }, consumer: consume)
            default:
                _ = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: true, consumer: consume)
            }
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch {
            throw Diagnostic(
                .error, SourceLocation(file: path), "the ZIP entry '\(entry.path)' is damaged (\(error))",
                fix: "Copy the file again from its source, or open and re-save it in Word or LibreOffice.")
        }
        return bytes
    }

    /// An entry whose bytes cannot be read within the file: its deflate stream goes on past its compressed
    /// bytes, or its local header or data lies outside the file.
    private struct TruncatedStream: Error, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }

    private func bomb(_ entry: Entry, _ reason: String) -> Diagnostic {
        Diagnostic(
            .error, SourceLocation(file: path), "the ZIP entry '\(entry.path)' \(reason); it looks like a zip bomb",
            fix: "Remove the file from the corpus, or raise the ZIP limits if the document is genuine.")
    }
}
