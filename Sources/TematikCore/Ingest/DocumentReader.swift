import Foundation

/// Reads one document of a corpus: the bytes, the format's reader, speaker roles, attributes and hash.
///
/// Errors and warnings name the file as ``CorpusListing/displayPath(for:root:)`` shows it: the corpus
/// folder as given, then the path inside it (`Corpus/intervju-01.txt`).
/// The format chosen by the extension is confirmed by content: Office files must start with the ZIP
/// signature `PK\x03\x04`, WebVTT files with `WEBVTT` (see ``SubtitleReader``).
/// `read` is a pure function of its arguments and the file's bytes, safe to call from many tasks at once.
public enum DocumentReader {
    /// Reads `entry`, a document of the corpus at `root`.
    /// - Parameters:
    ///   - options: the interviewer labels and names that apply to every file.
    ///   - metadata: the corpus's `metadata.csv`, if it has one; gives attributes and interviewer names.
    /// - Returns: the document, or the error that kept it from being read.
    public static func read(
        _ entry: CorpusEntry, root: URL, options: ReadOptions, metadata: MetadataTable?
    ) -> Result<Document, Diagnostic> {
        contents(of: entry, root: root, options: options).flatMap { data in
            read(entry, data: data, root: root, options: options, metadata: metadata)
        }
    }

    /// The bytes of `entry`, within the file-size limit of `options`, or the error that keeps them from
    /// being read; for a caller that hashes a file before deciding to parse it.
    public static func contents(of entry: CorpusEntry, root: URL, options: ReadOptions) -> Result<Data, Diagnostic> {
        let path = CorpusListing.displayPath(for: entry.id, root: root)
        do {
            return .success(try contents(of: entry.url, path: path, maxSize: options.limits.maxFileSize))
        } catch let diagnostic as Diagnostic {
            return .failure(diagnostic)
        } catch {
            return .failure(Diagnostic(.error, SourceLocation(file: path), "cannot be read (\(error))"))
        }
    }

    /// Reads `entry` from its bytes `data`, already read (see ``read(_:root:options:metadata:)``).
    public static func read(
        _ entry: CorpusEntry, data: Data, root: URL, options: ReadOptions, metadata: MetadataTable?
    ) -> Result<Document, Diagnostic> {
        let path = CorpusListing.displayPath(for: entry.id, root: root)
        let row = metadata?.rows[entry.id]
        let roles = SpeakerRoles(
            interviewerLabels: options.interviewerLabels,
            interviewerNames: options.interviewerNames + (row?.interviewers ?? []))
        do {
            let output = try read(
                data, format: entry.format, path: path, roles: roles, zipLimits: options.zipLimits,
                limits: options.limits)
            var warnings = output.warnings
            if let metadata, row == nil {
                warnings.append(
                    Diagnostic(
                        .warning, SourceLocation(file: path),
                        "no row in \(metadata.path), so the document has no attributes",
                        fix: "Add a row for '\(entry.id)' to metadata.csv."))
            }
            return .success(
                Document(
                    id: entry.id, format: entry.format, sha256: SHA256.hex(of: data), encoding: output.encoding,
                    attributes: row?.attributes ?? [:], segments: output.segments, warnings: warnings))
        } catch let diagnostic as Diagnostic {
            return .failure(diagnostic)
        } catch {
            return .failure(Diagnostic(.error, SourceLocation(file: path), "cannot be read (\(error))"))
        }
    }

    /// The turns in `data` read as `format`, within `limits`.
    static func read(
        _ data: Data, format: DocumentFormat, path: String, roles: SpeakerRoles, zipLimits: ZipLimits = .default,
        limits: ReadLimits = .default
    ) throws -> ReaderOutput {
        let output = try readUnchecked(
            data, format: format, path: path, roles: roles, zipLimits: zipLimits, limits: limits)
        try limits.checkSegments(output.segments, path: path)
        return output
    }

    private static func readUnchecked(
        _ data: Data, format: DocumentFormat, path: String, roles: SpeakerRoles, zipLimits: ZipLimits,
        limits: ReadLimits
    ) throws -> ReaderOutput {
        switch format {
        case .txt, .md:
            return try TextReader.read(data, path: path, roles: roles, limits: limits)
        case .vtt, .srt:
            return try SubtitleReader.read(data, path: path, format: format, roles: roles, limits: limits)
        case .docx, .odt:
            guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
                let app = format == .odt ? "LibreOffice" : "Word"
                throw Diagnostic(
                    .error, SourceLocation(file: path),
                    "not a ZIP file, as every .\(format.rawValue) file is",
                    fix:
                        "Is it really a .\(format.rawValue)? Open it in \(app) and save it again as "
                        + ".\(format.rawValue)."
                )
            }
            let paragraphs = try OfficeReader.paragraphs(
                from: data, format: format, path: path, limits: zipLimits, readLimits: limits)
            let segments = TurnSplitter.segments(from: paragraphs, roles: roles)
            guard !segments.isEmpty else {
                throw Diagnostic(
                    .error, SourceLocation(file: path), "document has no text",
                    fix: "Check that this is the transcript, not an empty template.")
            }
            return ReaderOutput(segments: segments, encoding: "XML")
        }
    }

    /// The bytes of `url`, or an error that says why they cannot be read. A file larger than `maxSize`
    /// is refused from its size alone, so that a 2 GB file costs no memory. The size comes from `stat`
    /// (``FileStamp``): Foundation's resource values cost a fifth of reading a 70 KB transcript.
    private static func contents(of url: URL, path: String, maxSize: Int) throws -> Data {
        do {
            // Without a stamp, reading fails too, and says why.
            let size = FileStamp(url)?.size ?? 0
            guard size <= maxSize else {
                throw ReadLimits.exceeded(
                    SourceLocation(file: path), "the file's size of \(size) bytes",
                    limit: "\(maxSize) bytes (\(maxSize >> 20) MiB)", flag: "--max-file-mib")
            }
            return try Data(contentsOf: url)
        } catch let error as CocoaError {
            let reason: String
            let fix: String
            switch error.code {
            case .fileReadNoPermission:
                reason = "permission denied"
                fix = "Give yourself read permission (chmod u+r '\(path)'), or move the file out of the corpus."
            case .fileReadNoSuchFile:
                reason = "the file has disappeared"
                fix = "Run again once the corpus folder no longer changes."
            default:
                reason = error.localizedDescription
                fix = "Check that the file can be opened."
            }
            throw Diagnostic(.error, SourceLocation(file: path), "file cannot be read: \(reason)", fix: fix)
        }
    }
}
