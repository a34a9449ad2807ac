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
        var staged: [(URL, URL)] = []
        do {
            for (name, render) in files {
                let target = directory.appendingPathComponent(name)
                staged.append((try AtomicFile.stage(for: target, render), target))
            }
        } catch {
            for (temporary, _) in staged { try? FileManager.default.removeItem(at: temporary) }
            throw error
        }
        // One pass of the gate for all the renames, so that an interruption finds the old report or the new one.
        try OutputGate.pass {
            for (temporary, target) in staged { try AtomicFile.commit(temporary, to: target) }
            try input.codings.move(to: directory.appendingPathComponent("codings.csv"))
        }
        return (files.map(\.0) + ["codings.csv"]).sorted()
    }
}
