import Foundation
import SwiftCSV

extension Pseudonymizer {
    /// A pseudonymizer with the names of the corpus's `pseudonyms.csv`: a header row `name,pseudonym`, then
    /// one name per row (`;` instead of `,` as Excel writes it in Swedish locales). Values are trimmed; a row
    /// without a name is skipped; a name listed twice keeps its first pseudonym.
    /// - Parameters:
    ///   - data: the file's bytes, decoded like a transcript (UTF-8 with or without BOM, UTF-16, else
    ///     Windows-1252).
    ///   - path: the file as shown to the user.
    /// - Throws: a ``Diagnostic`` naming `path` when the file is not CSV, the header is not
    ///   `name,pseudonym`, or a name has no pseudonym.
    public init(pseudonymsCSV data: Data, path: String) throws {
        let text = try TextDecoder.decode(data, path: path).text
        let headerLine = text.prefix { $0 != "\n" }
        let delimiter: CSVDelimiter = headerLine.contains(";") && !headerLine.contains(",") ? .semicolon : .comma
        let csv: CSV<Enumerated>
        do {
            csv = try CSV<Enumerated>(string: text, delimiter: delimiter, loadColumns: false)
        } catch {
            throw Diagnostic(
                .error, SourceLocation(file: path), "pseudonyms.csv cannot be read as CSV (\(error))",
                fix: "Check the quotes: a value with a comma or quote must be in double quotes, quotes doubled.")
        }
        let header = csv.header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard header.count >= 2, header[0] == "name", header[1] == "pseudonym" else {
            throw Diagnostic(
                .error, SourceLocation(file: path, line: 1, column: 1),
                "the header of pseudonyms.csv is '\(csv.header.joined(separator: ","))', not 'name,pseudonym'",
                fix: "Make the first line 'name,pseudonym' and list one real name and its pseudonym per row.")
        }
        var names: [(name: String, pseudonym: String)] = []
        for (offset, fields) in csv.rows.enumerated() {
            let values = fields.map { $0.trimmingCharacters(in: .whitespaces) }
            let name = values.first ?? ""
            guard !name.isEmpty else { continue }
            let pseudonym = values.count > 1 ? values[1] : ""
            guard !pseudonym.isEmpty else {
                throw Diagnostic(
                    .error, SourceLocation(file: path, line: offset + 2, column: 1),
                    "'\(name)' has no pseudonym",
                    fix: "Give it one in the second column, or remove the row.")
            }
            names.append((name, pseudonym))
        }
        self.init(names: names)
    }
}
