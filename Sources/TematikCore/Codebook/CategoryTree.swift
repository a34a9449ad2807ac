/// A category of an imported dictionary (WordStat, quanteda YAML): a name, its words and its subcategories.
struct Category {
    var name: String
    var location: SourceLocation
    /// The category's own entries, each with where it was written.
    var words: [(text: String, location: SourceLocation)] = []
    var children: [Category] = []
}

/// Turns a dictionary's category tree into themes and codes.
///
/// A top-level category becomes a theme; its own words become a code with the theme's id, placed first
/// (as for patterns written on a theme). Every deeper category that holds words becomes a code whose id is
/// its path of names joined by `.` (`SOUTH.ZA`, `AFRICA.EAST.BI`), labelled with the path below the theme
/// (`EAST / BI`), so that a hierarchy deeper than theme → code keeps every level in order and no two codes
/// share an id. Categories without words only give structure.
enum CategoryTree {
    /// The codebook of `roots`, or the problems found in their words and names.
    static func codebook(
        _ roots: [Category], name: String, language: String, sha256: String
    ) -> Result<Codebook, CodebookError> {
        var diagnostics: [Diagnostic] = []
        var seen: [String: SourceLocation] = [:]
        var themes: [Theme] = []
        var seenThemes: [String: SourceLocation] = [:]
        for root in roots {
            if let first = seenThemes[root.name] {
                diagnostics.append(
                    Diagnostic(
                        .error, root.location,
                        "category '\(root.name)' is defined twice (first on line \(first.line ?? 0))",
                        fix: "Rename or merge one of them."))
            }
            seenThemes[root.name] = seenThemes[root.name] ?? root.location
            var codes: [Code] = []
            collect(root, path: [], theme: root.name, language: language, into: &codes, diagnostics: &diagnostics)
            for code in codes {
                if let first = seen[code.id] {
                    diagnostics.append(
                        Diagnostic(
                            .error, code.location,
                            "category '\(code.id)' is defined twice (first on line \(first.line ?? 0))",
                            fix: "Rename or merge one of them."))
                }
                seen[code.id] = seen[code.id] ?? code.location
            }
            themes.append(
                Theme(
                    id: root.name, label: LocalizedText([language: root.name]),
                    description: LocalizedText([:]), color: nil, codes: codes))
        }
        guard diagnostics.isEmpty else { return .failure(CodebookError(diagnostics)) }
        return .success(Codebook(name: name, version: "", language: language, themes: themes, sha256: sha256))
    }

    /// Adds a code for `category` if it has words, then the codes of its subcategories, depth first.
    private static func collect(
        _ category: Category, path: [String], theme: String, language: String,
        into codes: inout [Code], diagnostics: inout [Diagnostic]
    ) {
        let path = path + [category.name]
        if !category.words.isEmpty {
            var patterns: [Pattern] = []
            for word in category.words {
                switch Pattern.parse(word.text) {
                case .success(let pattern):
                    if !patterns.contains(where: { $0.source == pattern.source }) { patterns.append(pattern) }
                case .failure(let error):
                    diagnostics.append(Diagnostic(.error, word.location, error.problem, fix: error.fix))
                }
            }
            let label = path.count == 1 ? category.name : path.dropFirst().joined(separator: " / ")
            codes.append(
                Code(
                    id: path.joined(separator: "."), theme: theme, label: LocalizedText([language: label]),
                    patterns: patterns, location: category.location))
        }
        for child in category.children {
            collect(child, path: path, theme: theme, language: language, into: &codes, diagnostics: &diagnostics)
        }
    }
}
