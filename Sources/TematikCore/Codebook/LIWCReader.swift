/// Reads a LIWC dictionary (`.dic`).
///
/// Between the first two lines that start with `%` stands the header, one category a line: a number and a
/// name, separated by tabs or spaces. After it, each line is an entry: the word, then the numbers of its
/// categories (one or several), separated by tabs or runs of spaces. Each category becomes a theme holding a
/// single code; both take the category's name as id, as patterns written directly on a theme do.
enum LIWCReader {
    /// The codebook of the `.dic` text `text`.
    /// - Throws: ``CodebookError`` for a missing header, entries without or with undeclared categories, and
    ///   bad patterns.
    static func read(_ text: String, path: String, name: String, sha256: String) throws -> Codebook {
        var diagnostics: [Diagnostic] = []
        var categories: [(key: String, name: String, location: SourceLocation)] = []
        var words: [String: [(text: String, location: SourceLocation)]] = [:]
        var known: Set<String> = []
        var percentLines = 0
        for (number, line) in DictionaryText.lines(text) {
            let location = SourceLocation(file: path, line: number, column: 1)
            if line.hasPrefix("%"), percentLines < 2 {
                percentLines += 1
                continue
            }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard !fields.isEmpty else { continue }
            if percentLines == 1 {
                guard fields.count >= 2 else {
                    diagnostics.append(
                        Diagnostic(
                            .error, location, "header line '\(line)' has no category name",
                            fix: "Write a number and a name, such as '01\tposemo'."))
                    continue
                }
                categories.append((key(fields[0]), fields.dropFirst().joined(separator: " "), location))
                known.insert(key(fields[0]))
                continue
            }
            guard percentLines == 2 else {
                diagnostics.append(
                    Diagnostic(
                        .error, location, "the dictionary does not start with a '%' line",
                        fix: "Put the categories between two lines holding only '%'."))
                break
            }
            // The trailing numbers are categories; whatever precedes them is the word or phrase (which may
            // itself be a number, so the first field always belongs to it).
            let ids = fields.dropFirst().reversed().prefix { $0.allSatisfy(\.isNumber) }.reversed().map(key)
            let word = fields.dropLast(ids.count).joined(separator: " ")
            if ids.isEmpty {
                diagnostics.append(
                    Diagnostic(
                        .error, location, "entry '\(word)' has no category",
                        fix: "Write the word, then the numbers of its categories from the header."))
            }
            for id in ids where !known.contains(id) {
                diagnostics.append(
                    Diagnostic(
                        .error, location,
                        "entry '\(word)' names category \(id), which the header does not declare",
                        fix: "Declare it between the '%' lines, or correct the number."))
            }
            for id in ids where known.contains(id) { words[id, default: []].append((word, location)) }
        }
        if percentLines < 2, diagnostics.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .error, SourceLocation(file: path, line: 1, column: 1),
                    "the dictionary has no header between two '%' lines",
                    fix: "Start it with '%', one line per category such as '01\tposemo', and '%'."))
        }
        guard diagnostics.isEmpty else { throw CodebookError(diagnostics) }
        let roots = categories.map { Category(name: $0.name, location: $0.location, words: words[$0.key] ?? []) }
        return try CategoryTree.codebook(roots, name: name, language: "sv", sha256: sha256).get()
    }

    /// A category number in a comparable form: `01` and `1` name the same category.
    private static func key(_ field: String) -> String {
        Int(field).map(String.init) ?? field
    }
}
