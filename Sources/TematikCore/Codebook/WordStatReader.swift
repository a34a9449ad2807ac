/// Reads a WordStat categorization dictionary (`.cat`).
///
/// Each line is a category or an entry; its number of leading tabs is its depth. An entry ends in a weight in
/// parentheses (`MARY (1)`), which is dropped; a line without one is a category. Entries may hold several
/// words (`South Africa (1)`, a phrase) and WordStat's `*` wildcards, which mean what Tematik's mean.
enum WordStatReader {
    /// The codebook of the `.cat` text `text`, its categories arranged by ``CategoryTree``.
    /// - Throws: ``CodebookError`` for entries outside any category, badly indented lines and bad patterns.
    static func read(_ text: String, path: String, name: String, sha256: String) throws -> Codebook {
        var diagnostics: [Diagnostic] = []
        // The open categories, one per depth: stack[d] is the category at depth d.
        var stack: [Category] = []
        var roots: [Category] = []

        func close(to depth: Int) {
            while stack.count > depth {
                let done = stack.removeLast()
                if stack.isEmpty { roots.append(done) } else { stack[stack.count - 1].children.append(done) }
            }
        }

        for (number, line) in DictionaryText.lines(text) {
            let depth = line.prefix { $0 == "\t" }.count
            let content = line.dropFirst(depth).trimmingCharacters(in: .whitespaces)
            guard !content.isEmpty else { continue }
            let location = SourceLocation(file: path, line: number, column: depth + 1)
            if let word = entry(content) {
                guard depth > 0, depth <= stack.count else {
                    diagnostics.append(
                        Diagnostic(
                            .error, location, "entry '\(word)' is not inside a category",
                            fix: "Indent it with one tab more than its category line."))
                    continue
                }
                close(to: depth)
                stack[depth - 1].words.append((word, location))
            } else {
                guard depth <= stack.count else {
                    diagnostics.append(
                        Diagnostic(
                            .error, location,
                            "category '\(content)' is indented deeper than its parent allows",
                            fix: "Indent it with one tab more than its parent category."))
                    continue
                }
                close(to: depth)
                stack.append(Category(name: content, location: location))
            }
        }
        close(to: 0)
        guard diagnostics.isEmpty else { throw CodebookError(diagnostics) }
        return try CategoryTree.codebook(roots, name: name, language: "sv", sha256: sha256).get()
    }

    /// The word of an entry line (`MARY (1)` → `MARY`), or `nil` if the line is a category.
    private static func entry(_ content: String) -> String? {
        guard content.hasSuffix(")"), let open = content.lastIndex(of: "(") else { return nil }
        let weight = content[content.index(after: open)..<content.index(before: content.endIndex)]
        guard !weight.isEmpty, weight.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) else { return nil }
        return content[..<open].trimmingCharacters(in: .whitespaces)
    }
}
