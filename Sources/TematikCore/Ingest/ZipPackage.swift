import Foundation
import ZIPFoundation

/// A ZIP archive read from memory, whose entries are inflated under ``ZipLimits``.
///
/// Nothing is unpacked to disk. ZIPFoundation lists the entries and inflates deflate data, but only ever
/// from an entry's own bytes (``ZipEntrySpan``), which ``ZipBounds`` has checked, for every archive, ZIP64
/// ones included; an archive it cannot check that way is refused. Entry names are matched exactly first
/// and then without regard to ASCII case, because OPC part names are case-insensitive and some writers
/// change the case. CRC-32 checks are skipped: they cost about 15 % of reading time, and a damaged entry
/// still fails to inflate or to parse as XML.
struct ZipPackage {
    /// The entries as ZIPFoundation lists them, and their paths: listed once, because ZIPFoundation parses
    /// the central directory again each time an archive is searched.
    private let entries: [Entry]
    private let paths: [String]
    private let data: Data
    /// Each entry's own bytes, in the directory's order; `nil` where no local header starts where the entry
    /// says (ZIPFoundation lists no entry from there on).
    private let spans: [ZipEntrySpan?]
    private let path: String
    private let limits: ZipLimits

    /// Opens the archive in `data`.
    /// - Throws: a ``Diagnostic`` when `data` is not a ZIP archive, is truncated, has a ZIP64 layout that
    ///   ZIPFoundation misreads, or has more entries than ``ZipLimits/maxEntries``.
    init(data: Data, path: String, limits: ZipLimits) throws {
        self.path = path
        self.limits = limits
        self.data = data
        let magic: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
        guard data.count >= 4, data.prefix(4).elementsEqual(magic) else {
            throw Diagnostic(
                .error, SourceLocation(file: path),
                "the file is not a ZIP archive, so it cannot be a Word or "
                    + "OpenDocument file",
                fix: "Check that the file was saved as .docx or .odt and not renamed from another format.")
        }
        // Counted by walking the central directory, not from the header's total, which a writer can fake;
        // the walk stops at the first entry past the limit, so a huge directory costs no more than that.
        let central: [ZipCentralEntry]
        do {
            central = try data.withUnsafeBytes { try ZipBounds.entries(in: $0, limit: limits.maxEntries) }
        } catch let problem as ZipProblem {
            throw problem.diagnostic(file: path)
        }
        guard central.count <= limits.maxEntries else {
            throw ReadLimits.exceeded(
                SourceLocation(file: path), "the number of entries in the ZIP archive",
                limit: "\(limits.maxEntries) entries", flag: "--max-zip-entries")
        }
        do {
            entries = Array(try Archive(data: data, accessMode: .read))
        } catch {
            throw Diagnostic(
                .error, SourceLocation(file: path), "the ZIP archive is truncated or damaged (\(error))",
                fix: "Copy the file again from its source, or open and re-save it in Word or LibreOffice.")
        }
        paths = entries.map(\.path)
        spans = data.withUnsafeBytes { bytes in central.map { ZipEntrySpan($0, in: bytes) } }
    }

    /// The entry named `name` (a part name without a leading `/`), if the archive has one.
    func entry(named name: String) -> Entry? {
        let folded = name.lowercased()
        let index = paths.firstIndex(of: name) ?? paths.firstIndex { $0.lowercased() == folded }
        return index.map { entries[$0] }
    }

    /// The inflated bytes of `entry`.
    /// - Throws: a ``Diagnostic`` when the entry inflates past the limits, its data is damaged, or it is
    ///   compressed with a method other than stored or deflate.
    func contents(of entry: Entry) throws -> [UInt8] {
        guard let span = span(of: entry) else { throw damaged(entry, "no local header starts where it should") }
        guard span.method == 0 || span.method == 8 else {
            throw Diagnostic(
                .error, SourceLocation(file: path),
                "the ZIP entry '\(entry.path)' is compressed with method \(span.method), not stored or deflate",
                fix: "Open and re-save the file in Word or LibreOffice, which compress with deflate.")
        }
        let allowedByRatio = max(1, span.range.count).multipliedReportingOverflow(by: limits.maxCompressionRatio)
        let ratioLimit = allowedByRatio.overflow ? Int.max : max(allowedByRatio.partialValue, limits.ratioFloor)
        let limit = min(limits.maxEntrySize, ratioLimit)
        func tooLarge() -> Diagnostic {
            limits.maxEntrySize <= ratioLimit
                ? bomb(entry, "inflates to more than \(limits.maxEntrySize) bytes")
                : bomb(entry, "inflates more than \(limits.maxCompressionRatio) times its compressed size")
        }
        let inflated = data.withUnsafeBytes { bytes in
            // Only the entry's own bytes: a stream that has not ended by then is damaged, not read on.
            let stored = UnsafeRawBufferPointer(rebasing: bytes[span.range])
            return Result { () throws(Inflater.Failure) in
                guard span.method == 8 else {
                    guard stored.count <= limit else { throw .tooLarge }
                    return [UInt8](stored)
                }
                // A first guess only: the directory's size is not trusted past 64 MiB.
                let expected = min(Int(clamping: entry.uncompressedSize), 64 << 20)
                return try Inflater.inflate(stored, expected: expected, limit: limit)
            }
        }
        switch inflated {
        case .success(let bytes): return bytes
        case .failure(.tooLarge): throw tooLarge()
        case .failure(.unended): throw damaged(entry, "its deflate stream does not end within its compressed size")
        case .failure(.damaged(let reason)): throw damaged(entry, reason)
        }
    }

    /// The bytes of `entry`, found by its place in the directory.
    private func span(of entry: Entry) -> ZipEntrySpan? {
        entries.firstIndex(of: entry).flatMap { spans[$0] }
    }

    private func damaged(_ entry: Entry, _ reason: String) -> Diagnostic {
        Diagnostic(
            .error, SourceLocation(file: path), "the ZIP entry '\(entry.path)' is damaged (\(reason))",
            fix: "Copy the file again from its source, or open and re-save it in Word or LibreOffice.")
    }

    private func bomb(_ entry: Entry, _ reason: String) -> Diagnostic {
        Diagnostic(
            .error, SourceLocation(file: path), "the ZIP entry '\(entry.path)' \(reason); it looks like a zip bomb",
            fix: "Remove the file from the corpus, or raise the ZIP limits if the document is genuine.")
    }
}
