import Yams

/// Reads a quanteda-style YAML dictionary: nested maps of category names, ending in lists of words.
///
/// ```yaml
/// AFRICA:
///   EAST:
///     'KE': [Kenya, Kenyan*, Nairobi]
/// ```
/// The loader picks this reader for a YAML file whose top-level map has none of the native keys (`name`,
/// `version`, `language`, `themes`). A top-level key is a
/// theme; deeper keys become codes as ``CategoryTree`` describes. A key may also hold a single word.
struct QuantedaReader {
    var document: YAMLDocument

    /// The codebook, or `nil` when ``document`` has recorded problems.
    mutating func read(_ root: Node, name: String, sha256: String) -> Codebook? {
        let roots = categories(in: root)
        guard document.diagnostics.isEmpty else { return nil }
        switch CategoryTree.codebook(roots, name: name, language: "sv", sha256: sha256) {
        case .success(let codebook): return codebook
        case .failure(let error):
            for diagnostic in error.diagnostics {
                document.error(
                    line: diagnostic.location.line ?? 1, column: diagnostic.location.column ?? 1,
                    diagnostic.problem, fix: diagnostic.fix)
            }
            return nil
        }
    }

    /// The categories of a map, in the order written.
    private mutating func categories(in node: Node) -> [Category] {
        guard let mapping = node.mapping else { return [] }
        return mapping.map { keyNode, value in
            var category = Category(name: keyNode.string ?? "", location: document.location(of: keyNode))
            switch value {
            case .mapping:
                category.children = categories(in: value)
            case .sequence(let items):
                category.words = items.compactMap { word($0) }
            case .scalar:
                category.words = word(value).map { [$0] } ?? []
            case .alias:
                document.error(at: value, "aliases are not supported in a dictionary", fix: "Write the words out.")
            }
            return category
        }
    }

    /// One word of a list, with its position.
    private mutating func word(_ node: Node) -> (text: String, location: SourceLocation)? {
        guard let text = node.scalar?.string else {
            document.error(
                at: node, "a dictionary entry must be a word or phrase",
                fix: "Write it as text, such as [Kenya, Kenyan*].")
            return nil
        }
        return (text, document.location(of: node))
    }
}
