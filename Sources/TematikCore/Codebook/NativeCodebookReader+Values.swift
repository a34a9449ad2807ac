import Yams

/// The leaves of a native codebook: maps, lists, text, labels, colours, patterns and examples.
extension NativeCodebookReader {
    static let exampleKeys = ["match", "no_match"]

    /// A map's values by key, after reporting keys not in `known`; `nil` (and an error) if `node` is no map.
    mutating func fields(of node: Node, known: [String], place: String) -> [String: Node]? {
        guard let mapping = node.mapping else {
            document.error(at: node, "expected a map of keys \(place)", fix: "Write it as 'key: value' lines.")
            return nil
        }
        var result: [String: Node] = [:]
        var misspelt: [String: Node] = [:]
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            guard known.contains(key) else {
                document.error(
                    at: keyNode, "unknown key '\(key)' \(place)", fix: KeySuggestion.fix(for: key, known: known))
                if let nearest = KeySuggestion.nearest(to: key, in: known) { misspelt[nearest] = value }
                continue
            }
            result[key] = value
        }
        // Read a misspelt key as the key it resembles, so that its value is still checked and the key is not
        // also reported missing; the file has an error already, so no codebook comes of it.
        return result.merging(misspelt) { written, _ in written }
    }

    /// Whether `node` is YAML's null (`key:` with nothing after it, or `~`).
    func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The text of a scalar; reports and returns `nil` for a list or map.
    mutating func text(_ node: Node, key: String) -> String? {
        guard let scalar = node.scalar else {
            document.error(at: node, "'\(key)' must be text", fix: "Write a single value after '\(key):'.")
            return nil
        }
        return isNull(node) ? nil : scalar.string
    }

    /// The items of a list (none for null); reports and returns `nil` for anything else.
    mutating func list(_ node: Node, key: String) -> [Node]? {
        if isNull(node) { return [] }
        guard let sequence = node.sequence else {
            document.error(
                at: node, "'\(key)' must be a list", fix: "Write it as [a, b] or as lines starting with '- '.")
            return nil
        }
        return Array(sequence)
    }

    /// Whether `code` is a two-letter ISO 639-1 code in lower case; reports it if not.
    mutating func isLanguage(_ code: String, at node: Node) -> Bool {
        let valid = code.count == 2 && code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
        if !valid {
            document.error(
                at: node, "unknown language '\(code)'",
                fix: "Use a two-letter ISO 639-1 code in lower case, such as 'sv' or 'en'.")
        }
        return valid
    }

    /// A label or description: plain text (in the codebook's language) or a map from language to text.
    mutating func localized(_ node: Node, key: String) -> LocalizedText {
        if node.scalar != nil {
            return LocalizedText(text(node, key: key).map { [language: $0] } ?? [:])
        }
        guard let mapping = node.mapping else {
            document.error(
                at: node, "'\(key)' must be text or a map from language to text",
                fix: "Write it as '\(key): Text' or '\(key): {sv: Text, en: Text}'.")
            return LocalizedText([:])
        }
        var values: [String: String] = [:]
        for (languageNode, valueNode) in mapping {
            let code = languageNode.string ?? ""
            guard isLanguage(code, at: languageNode), let value = text(valueNode, key: "\(key).\(code)") else {
                continue
            }
            values[code] = value
        }
        return LocalizedText(values)
    }

    /// A `#rgb` or `#rrggbb` colour.
    mutating func readColor(_ node: Node) -> String? {
        if isNull(node) {
            document.error(
                at: node, "'color' is empty",
                fix: "Quote the colour, such as 'color: \"#4e79a7\"'; an unquoted '#' starts a comment.")
            return nil
        }
        guard let color = text(node, key: "color") else { return nil }
        let digits = color.dropFirst()
        guard color.hasPrefix("#"), [3, 6].contains(digits.count), digits.allSatisfy(\.isHexDigit) else {
            document.error(
                at: node, "color '\(color)' is not a hex colour",
                fix: "Write it as '#' and six hex digits in quotes, such as \"#4e79a7\".")
            return nil
        }
        return color.lowercased()
    }

    /// A list of patterns, each parsed; a bad one is reported at its own position.
    mutating func patternList(_ node: Node, key: String) -> [Pattern] {
        (list(node, key: key) ?? []).compactMap { item in
            guard let source = item.scalar?.string else {
                document.error(at: item, "a pattern must be text", fix: "Write it in quotes, such as \"utbild*\".")
                return nil
            }
            switch Pattern.parse(source) {
            case .success(let pattern): return pattern
            case .failure(let error):
                document.error(at: item, error.problem, fix: error.fix)
                return nil
            }
        }
    }

    /// `examples: {match: [...], no_match: [...]}`: sentences a code must and must not be found in.
    mutating func readExamples(_ node: Node) -> ([String], [String]) {
        guard let fields = fields(of: node, known: Self.exampleKeys, place: "in examples") else { return ([], []) }
        func sentences(_ key: String) -> [String] {
            guard let items = fields[key].flatMap({ list($0, key: "examples.\(key)") }) else { return [] }
            return items.compactMap { item in
                guard let sentence = item.scalar?.string else {
                    document.error(
                        at: item, "an example must be a sentence",
                        fix: "Write it in quotes, such as \"Vi gick en utbildning.\".")
                    return nil
                }
                return sentence
            }
        }
        return (sentences("match"), sentences("no_match"))
    }
}
