/// Reads a Lexicoder dictionary (`.lc3`): a line `+name` (optionally `+name#RRGGBB`) opens a category, and
/// each following non-empty line, trimmed, is one of its words or phrases.
///
/// Each category becomes a theme holding a single code, both with the category's name as id (as for LIWC);
/// a colour suffix becomes the theme's and the code's colour.
enum LexicoderReader {
    /// The codebook of the `.lc3` text `text`.
    /// - Throws: ``CodebookError`` for words before the first category and bad patterns.
    static func read(_ text: String, path: String, name: String, sha256: String) throws -> Codebook {
        var diagnostics: [Diagnostic] = []
        var roots: [(category: Category, color: String?)] = []
        for (number, line) in DictionaryText.lines(text) {
            let content = line.trimmingCharacters(in: .whitespaces)
            guard !content.isEmpty else { continue }
            let location = SourceLocation(file: path, line: number, column: 1)
            if line.hasPrefix("+") {
                let parts = content.dropFirst().split(separator: "#", maxSplits: 1)
                let color = parts.count == 2 ? "#" + parts[1].lowercased() : nil
                roots.append((Category(name: String(parts.first ?? ""), location: location), color))
            } else if roots.isEmpty {
                diagnostics.append(
                    Diagnostic(
                        .error, location, "entry '\(content)' comes before any category",
                        fix: "Open a category first with a line such as '+positive'."))
            } else {
                roots[roots.count - 1].category.words.append((content, location))
            }
        }
        guard diagnostics.isEmpty else { throw CodebookError(diagnostics) }
        var codebook = try CategoryTree.codebook(roots.map(\.category), name: name, language: "sv", sha256: sha256)
            .get()
        for index in codebook.themes.indices {
            let color = roots[index].color
            codebook.themes[index].color = color
            for code in codebook.themes[index].codes.indices { codebook.themes[index].codes[code].color = color }
        }
        return codebook
    }
}
