/// Why a ZIP archive is refused before ZIPFoundation reads it (see ``ZipBounds``).
struct ZipProblem: Error, Hashable, Sendable {
    /// Where the archive goes wrong, such as "an entry's local header lies outside the file".
    var reason: String
    /// Whether the archive is well formed but laid out in a way ZIPFoundation misreads, rather than damaged.
    var isUnsupported = false

    /// An archive that is truncated or damaged: `reason` says where.
    static func damaged(_ reason: String) -> ZipProblem { ZipProblem(reason: reason) }

    /// An archive that is valid but that ZIPFoundation would misread: `reason` says what it does.
    static func unsupported(_ reason: String) -> ZipProblem { ZipProblem(reason: reason, isUnsupported: true) }

    /// The per-file error for the archive at `path`.
    func diagnostic(file path: String) -> Diagnostic {
        guard isUnsupported else {
            return Diagnostic(
                .error, SourceLocation(file: path), "the ZIP archive is truncated or damaged: \(reason)",
                fix: "Copy the file again from its source, or open and re-save it in Word or LibreOffice.")
        }
        return Diagnostic(
            .error, SourceLocation(file: path), "the ZIP archive cannot be read safely: \(reason)",
            fix: "Open and re-save it in Word or LibreOffice, or zip it again without forcing ZIP64 (no 'zip -fz').")
    }
}
