import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `codings.csv` written while the corpus is read: the header first, then each document's codings as the
/// document is finished, into a hidden temporary file in the report folder, so no document has to stay in
/// memory until the report is written. ``ReportWriter`` renames the finished file into place.
///
/// Documents must be appended in document-id order (the pipeline hands them over in that order); rows
/// are in document, then coding order. One owner writes it, so it is not `Sendable`.
public struct CodingsCSVSink {
    private let fields: CodingsCSV.CodebookFields
    private let temporary: URL
    private var sink: FileSink
    private let handle: FileHandle

    /// Creates `directory` if needed and starts a temporary `codings.csv` in it with the header row.
    /// - Throws: a ``Diagnostic`` naming the folder or file when it cannot be created or written.
    public init(directory: URL, codebook: Codebook) throws {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic(
                .error, SourceLocation(file: directory.path), "cannot create the report folder",
                fix: "Check the path and that its parent folder is writable.")
        }
        let target = directory.appendingPathComponent("codings.csv")
        let temporary = directory.appendingPathComponent(".codings.csv.\(getpid()).\(UUID().uuidString).tmp")
        self.temporary = temporary
        guard let handle = AtomicFile.openTemporary(temporary) else {
            throw AtomicFile.failure(target, "cannot create a temporary file in \(directory.path)")
        }
        fields = CodingsCSV.CodebookFields(codebook)
        self.handle = handle
        sink = FileSink(handle: handle, url: target)
        do {
            try sink.append(CSVWriter.row(CodingsCSV.header))
        } catch {
            discard()
            throw error
        }
    }

    /// Appends the rows of one document's codings.
    /// - Throws: a ``Diagnostic`` when the file cannot be written.
    public mutating func append(_ document: CodedDocument) throws {
        try sink.append(CodingsCSV.rows(document, fields: fields))
    }

    /// Appends rows that are already CSV text: a shard's block of one document's rows (`tematik merge`),
    /// or a document's rows rendered where it was coded (``DocumentContribution``). They must follow the
    /// same header and the same document-id order.
    /// - Throws: a ``Diagnostic`` when the file cannot be written.
    public mutating func append(rows: some Collection<UInt8>) throws {
        try sink.append(rows)
    }

    /// The bytes of the file so far, header included: where the next document's rows will start.
    public var bytesWritten: Int { sink.count }

    /// Writes what is buffered and closes the file, ready for ``ReportInput/codings``.
    /// - Throws: a ``Diagnostic`` when the file cannot be written; the temporary file is then removed.
    public mutating func finish() throws -> CodingsCSVFile {
        do {
            try sink.flush()
            try handle.close()
        } catch {
            discard()
            throw error
        }
        return CodingsCSVFile(temporary: temporary)
    }

    /// Closes and removes the temporary file, for a run that stops before its report is written.
    public func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }
}

/// A finished `codings.csv` under a temporary name, waiting for ``ReportWriter`` to move it into place.
public struct CodingsCSVFile: Hashable, Sendable {
    /// The temporary file (on the report folder's file system, so that moving it is a rename).
    public var temporary: URL

    public init(temporary: URL) {
        self.temporary = temporary
    }

    /// Moves the file to `url`, replacing what is there in one step.
    /// - Throws: a ``Diagnostic`` naming `url` when the file cannot be moved.
    func move(to url: URL) throws {
        try AtomicFile.commit(temporary, to: url)
    }
}
