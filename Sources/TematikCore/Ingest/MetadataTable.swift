import Foundation
import SwiftCSV

/// The corpus's `metadata.csv`: one row per document, the first column `file`, then any attributes.
///
/// - `file` is the document's path relative to the corpus root; `\` is read as `/` and a leading `./`
///   is ignored, so a table written on Windows matches.
/// - Values and column names are trimmed. The file is decoded like a transcript (UTF-8, UTF-8 with BOM
///   as Excel writes it, UTF-16, else Windows-1252 with a warning); a header with `;` and no `,` is read
///   with `;` as the delimiter, as Excel writes CSV in Swedish locales.
/// - The `interviewer` column (any case) names the file's interviewer(s), several separated by `;`. It
///   feeds ``SpeakerRoles`` and is *not* an attribute: it holds people's names, which should not appear
///   as groups in reports and tables, and grouping by interviewer is a question about the interviews,
///   not about the respondents.
/// - Line numbers in warnings assume one line per row (a quoted value with a line break shifts them).
public struct MetadataTable: Hashable, Sendable {
    /// One row of the table.
    public struct Row: Hashable, Sendable {
        /// The 1-based line of the row in `metadata.csv`.
        public var line: Int
        /// Attribute column to value, without `file` and `interviewer`.
        public var attributes: [String: String]
        /// Interviewer names from the `interviewer` column.
        public var interviewers: [String]
    }

    /// The path of `metadata.csv` as shown to the user.
    public var path: String
    /// The attribute columns in file order, without `file` and `interviewer`.
    public var columns: [String]
    /// Rows by document id (path relative to the corpus root, `/` separators).
    public var rows: [String: Row]
    /// Problems that did not stop the table from being read.
    public var warnings: [Diagnostic]

    /// Reads the table in `data`, the bytes of the file shown to the user as `path`.
    /// - Throws: a ``Diagnostic`` naming `path` when the file is not CSV or its first column is not `file`.
    public static func read(_ data: Data, path: String) throws -> MetadataTable {
        let decoded = try TextDecoder.decode(data, path: path)
        let headerLine = decoded.text.prefix { $0 != "\n" }
        let delimiter: CSVDelimiter = headerLine.contains(";") && !headerLine.contains(",") ? .semicolon : .comma
        let csv: CSV<Enumerated>
        do {
            csv = try CSV<Enumerated>(string: decoded.text, delimiter: delimiter, loadColumns: false)
        } catch {
            throw Diagnostic(
                .error, SourceLocation(file: path), "metadata.csv cannot be read as CSV (\(error))",
                fix: "Check the quotes: a value with a comma or quote must be in double quotes, quotes doubled.")
        }
        let header = csv.header.map { String($0.trimmingWhitespace()) }
        guard header.first?.lowercased() == "file" else {
            throw Diagnostic(
                .error, SourceLocation(file: path, line: 1, column: 1),
                "the first column of metadata.csv is '\(header.first ?? "")', not 'file'",
                fix: "Make the first line start with 'file,' and put each document's path in that column.")
        }
        var table = MetadataTable(path: path, columns: [], rows: [:], warnings: decoded.warnings)
        let interviewerColumn = header.firstIndex { $0.lowercased() == "interviewer" }
        table.columns = header.indices.filter { $0 != 0 && $0 != interviewerColumn && !header[$0].isEmpty }
            .map { header[$0] }
        for (offset, fields) in csv.rows.enumerated() {
            let line = offset + 2
            let values = fields.map { String($0.trimmingWhitespace()) }
            let id = normalizedID(values.first ?? "")
            guard !id.isEmpty else {
                if values.contains(where: { !$0.isEmpty }) {
                    table.warn(line: line, "row has no file name; ignored", fix: "Fill in the 'file' column.")
                }
                continue
            }
            if let earlier = table.rows[id] {
                table.warn(
                    line: line, "'\(id)' is listed again (first on line \(earlier.line)); this row is ignored",
                    fix: "Keep one row per file.")
                continue
            }
            var row = Row(line: line, attributes: [:], interviewers: [])
            for (column, value) in zip(header, values).dropFirst() where !column.isEmpty {
                if column.lowercased() == "interviewer" {
                    row.interviewers = value.split(separator: ";").map { String($0.trimmingWhitespace()) }
                        .filter { !$0.isEmpty }
                } else {
                    row.attributes[column] = value
                }
            }
            table.rows[id] = row
        }
        return table
    }

    /// Warnings for rows whose file is not among `documentIDs`, in line order.
    public func warningsForMissingFiles(documentIDs: Set<String>) -> [Diagnostic] {
        rows.filter { !documentIDs.contains($0.key) }
            .sorted { $0.value.line < $1.value.line }
            .map { id, row in
                Diagnostic(
                    .warning, SourceLocation(file: path, line: row.line),
                    "'\(id)' is listed but there is no such document in the corpus",
                    fix: "Correct the file name (paths are relative to the corpus folder), or remove the row.")
            }
    }

    private mutating func warn(line: Int, _ problem: String, fix: String) {
        warnings.append(Diagnostic(.warning, SourceLocation(file: path, line: line), problem, fix: fix))
    }

    /// `file` as a document id: `/` separators, no leading `./`, NFC.
    static func normalizedID(_ file: String) -> String {
        var id = file.replacingOccurrences(of: "\\", with: "/")
        while id.hasPrefix("./") { id.removeFirst(2) }
        return id.precomposedStringWithCanonicalMapping
    }
}
