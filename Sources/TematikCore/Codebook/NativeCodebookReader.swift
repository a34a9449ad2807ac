import Yams

/// Reads Tematik's own YAML codebook (see DESIGN.md §3) from a composed node tree.
///
/// Every problem is recorded in ``document`` with the position of the node it concerns, and reading goes on,
/// so that one run reports all of a file's problems. The codebook is returned only when there are none.
struct NativeCodebookReader {
    var document: YAMLDocument
    /// The codebook's language, for labels and descriptions written as plain text.
    var language = "sv"
    /// Each theme and code id seen so far, with the line that defined it: ids share one namespace.
    private var seenIDs: [String: Int] = [:]

    static let topKeys = ["name", "version", "language", "pseudonymize", "themes"]
    static let themeKeys = ["id", "label", "description", "color", "codes", "patterns", "exclude", "examples"]
    static let codeKeys = ["id", "label", "description", "color", "patterns", "exclude", "examples"]

    init(document: YAMLDocument) { self.document = document }

    /// The codebook in `root`, or `nil` when ``document`` has recorded problems.
    mutating func read(_ root: Node, defaultName: String, sha256: String) -> Codebook? {
        guard let top = fields(of: root, known: Self.topKeys, place: "at the top level") else {
            return nil
        }
        if let node = top["language"], let code = text(node, key: "language"), isLanguage(code, at: node) {
            language = code
        }
        let name = top["name"].flatMap { text($0, key: "name") } ?? defaultName
        let version = top["version"].flatMap { text($0, key: "version") } ?? ""
        let pseudonymize = top["pseudonymize"].flatMap { document.bool($0, key: "pseudonymize") }
        var themes: [Theme] = []
        if let themesNode = top["themes"] {
            let items = list(themesNode, key: "themes")
            if items?.isEmpty == true {
                document.error(
                    at: themesNode, "the codebook has no themes", fix: "Add at least one theme under 'themes:'.")
            }
            themes = (items ?? []).compactMap { readTheme($0) }
        } else {
            document.error(at: root, "the codebook has no 'themes'", fix: "Add 'themes:' with at least one theme.")
        }
        guard document.diagnostics.isEmpty else { return nil }
        return Codebook(
            name: name, version: version, language: language, themes: themes, sha256: sha256,
            pseudonymize: pseudonymize)
    }

    /// One theme; its own patterns, if any, become its first code.
    private mutating func readTheme(_ node: Node) -> Theme? {
        guard let fields = fields(of: node, known: Self.themeKeys, place: "in a theme") else { return nil }
        let id = readID(fields, of: node, kind: "theme")
        let name = id ?? ""
        let owner = id.map { "theme '\($0)'" } ?? "this theme"
        let label = readLabel(fields, of: node, owner: owner)
        let description = fields["description"].map { localized($0, key: "description") } ?? LocalizedText([:])
        let color = fields["color"].flatMap { readColor($0) }
        var codes: [Code] = []
        if fields["patterns"] != nil {
            let own = readMatching(fields, of: node, owner: owner)
            codes.append(
                Code(
                    id: name, theme: name, label: label, description: description, color: color,
                    patterns: own.patterns, exclude: own.exclude, mustMatch: own.match,
                    mustNotMatch: own.noMatch, location: document.location(of: node)))
        } else {
            for key in ["exclude", "examples"] where fields[key] != nil {
                document.error(
                    at: fields[key], "'\(key)' on \(owner) needs patterns on the theme itself",
                    fix: "Move '\(key)' into one of the theme's codes, or add 'patterns:' to the theme.")
            }
        }
        if let codesNode = fields["codes"] {
            codes += (list(codesNode, key: "codes") ?? []).compactMap { readCode($0, theme: name) }
        } else if fields["patterns"] == nil {
            document.error(
                at: node, "\(owner) has neither codes nor patterns",
                fix: "Add 'codes:' with at least one code, or 'patterns:'.")
        }
        return Theme(id: name, label: label, description: description, color: color, codes: codes)
    }

    /// One code of `theme`.
    private mutating func readCode(_ node: Node, theme: String) -> Code? {
        guard let fields = fields(of: node, known: Self.codeKeys, place: "in a code") else { return nil }
        let id = readID(fields, of: node, kind: "code")
        let name = id ?? ""
        let owner = id.map { "code '\($0)'" } ?? "this code"
        let label = readLabel(fields, of: node, owner: owner)
        let description = fields["description"].map { localized($0, key: "description") } ?? LocalizedText([:])
        let color = fields["color"].flatMap { readColor($0) }
        let matching = readMatching(fields, of: node, owner: owner)
        return Code(
            id: name, theme: theme, label: label, description: description, color: color,
            patterns: matching.patterns, exclude: matching.exclude, mustMatch: matching.match,
            mustNotMatch: matching.noMatch, location: document.location(of: node))
    }

    /// The required, unique `id` of a theme or code.
    private mutating func readID(_ fields: [String: Node], of node: Node, kind: String) -> String? {
        guard let idNode = fields["id"], let id = text(idNode, key: "id"), !id.isEmpty else {
            let example = kind == "theme" ? "competence" : "competence.training"
            document.error(
                at: fields["id"] ?? node, "\(kind) has no 'id'",
                fix: "Add 'id:' with a name used by no other theme or code, such as '\(example)'.")
            return nil
        }
        let line = document.location(of: idNode).line ?? 0
        if let first = seenIDs[id] {
            document.error(
                at: idNode, "\(kind) id '\(id)' is already used on line \(first)",
                fix: "Give each theme and code its own id.")
        } else {
            seenIDs[id] = line
        }
        return id
    }

    /// The required `label`.
    private mutating func readLabel(_ fields: [String: Node], of node: Node, owner: String) -> LocalizedText {
        guard let labelNode = fields["label"] else {
            document.error(
                at: node, "\(owner) has no 'label'",
                fix: "Add 'label:', such as 'label: {sv: Utbildning, en: Training}'.")
            return LocalizedText([:])
        }
        return localized(labelNode, key: "label")
    }

    /// What a code matches: patterns (required, non-empty), exclusions and examples.
    private mutating func readMatching(
        _ fields: [String: Node], of node: Node, owner: String
    ) -> (patterns: [Pattern], exclude: [Pattern], match: [String], noMatch: [String]) {
        let patternsNode = fields["patterns"]
        let patterns = patternsNode.map { patternList($0, key: "patterns") } ?? []
        if patternsNode.map({ isNull($0) || $0.sequence?.isEmpty == true }) ?? true {
            document.error(
                at: patternsNode ?? node, "\(owner) has no patterns",
                fix: "Add 'patterns:' with at least one pattern, such as 'patterns: [\"utbild*\"]'.")
        }
        let exclude = fields["exclude"].map { patternList($0, key: "exclude") } ?? []
        let examples = fields["examples"].map { readExamples($0) } ?? ([], [])
        return (patterns, exclude, examples.0, examples.1)
    }
}
