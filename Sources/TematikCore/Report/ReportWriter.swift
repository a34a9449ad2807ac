import Foundation

/// Writes a report folder: `report.html`, `report.md`, the CSV files, `results.json` and `manifest.json`.
public enum ReportWriter {
    /// Renders every report file from `input` into `directory`, creating the folder if needed.
    ///
    /// Each file is written under a temporary name in the folder, and all are renamed once every one is
    /// written, so a reader never sees half a file; the same input gives the same bytes on every run.
    /// `codings.csv` was streamed to a temporary file while the corpus was read (``CodingsCSVSink``) and is
    /// renamed into place here, so an input writes one report. With ``ReportInput/pseudonymizer`` set, every
    /// file is rendered from the masked input.
    /// - Returns: the names of the files written, sorted.
    /// - Throws: a ``Diagnostic`` naming the folder or file that could not be written.
    public static func write(_ input: ReportInput, to directory: URL) throws -> [String] {
        let staged = try stage(input, in: directory)
        try staged.commit()
        return staged.names
    }

    /// Renders every report file from `input` under its temporary name in `directory`, as ``write(_:to:)``
    /// does, for a caller that puts them in place later, together with files of its own.
    /// - Returns: the files, `codings.csv` included, ready to be renamed.
    /// - Throws: a ``Diagnostic`` naming the folder or file that could not be written; nothing is left.
    static func stage(_ input: ReportInput, in directory: URL) throws -> StagedFiles {
        let input = input.pseudonymizer.map { $0.mask(input) } ?? input
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic(
                .error, SourceLocation(file: directory.path), "cannot create the report folder",
                fix: "Check the path and that its parent folder is writable.")
        }
        let context = ReportContext(input)
        let files: [(String, (inout FileSink) throws -> Void)] = [
            ("counts.csv", { try $0.append(CSVFiles.counts(context)) }),
            ("cooccurrence.csv", { try $0.append(CSVFiles.cooccurrence(context)) }),
            ("documents.csv", { try $0.append(CSVFiles.documents(context)) }),
            ("manifest.json", { try $0.append(JSONFiles.manifest(context)) }),
            ("report.html", { try $0.append(HTMLReport.render(input)) }),
            ("report.md", { try $0.append(MarkdownReport.render(input)) }),
            ("results.json", { try JSONFiles.writeResults(context, to: &$0) }),
        ]
        // Every file is rendered under its temporary name first and all are renamed together at the end, so
        // a failure or an interruption while rendering leaves the previous report whole.
        var staged: [(temporary: URL, target: URL)] = []
        do {
            for (name, render) in files {
                let target = directory.appendingPathComponent(name)
                staged.append((try AtomicFile.stage(for: target, render), target))
            }
        } catch {
            for (temporary, _) in staged { try? FileManager.default.removeItem(at: temporary) }
            throw error
        }
        staged.append((input.codings.temporary, directory.appendingPathComponent("codings.csv")))
        return StagedFiles(staged)
    }
}
