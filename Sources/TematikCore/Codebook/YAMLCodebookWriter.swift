/// Writes a codebook as Tematik's own YAML, the same bytes for the same codebook.
///
/// Keys come in a fixed order (at the top `name`, `version`, `language`, `pseudonymize` when the codebook has
/// it, `themes`; in a theme or code `id`, `label`, `description`, `color`, `patterns`, `exclude`, `examples`,
/// `codes`), languages with the codebook's own first and the rest alphabetically, patterns always in double
/// quotes (a leading `*` would otherwise be a YAML alias). A code whose id is its theme's id is written as
/// patterns on the theme, which is how the reader makes such a code.
enum YAMLCodebookWriter {
    /// The YAML text of `codebook`, ending in a newline.
    static func text(_ codebook: Codebook) -> String {
        var out = ""
        out += "name: \(scalar(codebook.name))\n"
        out += "version: \(scalar(codebook.version))\n"
        out += "language: \(scalar(codebook.language))\n"
        if let pseudonymize = codebook.pseudonymize { out += "pseudonymize: \(pseudonymize)\n" }
        out += "themes:\n"
        for theme in codebook.themes {
            out += "  - id: \(scalar(theme.id))\n"
            let indent = "    "
            out += describing(
                label: theme.label, description: theme.description, color: theme.color,
                language: codebook.language, indent: indent)
            if let own = theme.codes.first(where: { $0.id == theme.id }) {
                out += matching(own, indent: indent)
            }
            let codes = theme.codes.filter { $0.id != theme.id }
            guard !codes.isEmpty else { continue }
            out += "\(indent)codes:\n"
            for code in codes {
                out += "\(indent)  - id: \(scalar(code.id))\n"
                out += describing(
                    label: code.label, description: code.description, color: code.color,
                    language: codebook.language, indent: indent + "    ")
                out += matching(code, indent: indent + "    ")
            }
        }
        return out
    }

    /// `label`, `description` and `color` lines.
    private static func describing(
        label: LocalizedText, description: LocalizedText, color: String?, language: String, indent: String
    ) -> String {
        var out = "\(indent)label: \(localized(label, language: language))\n"
        if !description.values.isEmpty {
            out += "\(indent)description: \(localized(description, language: language))\n"
        }
        if let color { out += "\(indent)color: \(quoted(color))\n" }
        return out
    }

    /// `patterns`, `exclude` and `examples` lines.
    private static func matching(_ code: Code, indent: String) -> String {
        var out = "\(indent)patterns: [\(code.patterns.map { quoted($0.source) }.joined(separator: ", "))]\n"
        if !code.exclude.isEmpty {
            out += "\(indent)exclude: [\(code.exclude.map { quoted($0.source) }.joined(separator: ", "))]\n"
        }
        if !code.mustMatch.isEmpty || !code.mustNotMatch.isEmpty {
            out += "\(indent)examples:\n"
            for (key, sentences) in [("match", code.mustMatch), ("no_match", code.mustNotMatch)]
            where !sentences.isEmpty {
                out += "\(indent)  \(key):\n"
                for sentence in sentences { out += "\(indent)    - \(quoted(sentence))\n" }
            }
        }
        return out
    }

    /// Plain text when only the codebook's language is given, else a flow map, that language first.
    private static func localized(_ text: LocalizedText, language: String) -> String {
        if text.values.count == 1, let only = text.values[language] { return scalar(only) }
        let keys = text.values.keys.sorted { $0 == language || ($1 != language && $0 < $1) }
        return "{" + keys.map { "\($0): \(scalar(text.values[$0] ?? ""))" }.joined(separator: ", ") + "}"
    }

    /// `value` unquoted when YAML reads it back as the same string in block and flow context, else quoted.
    static func scalar(_ value: String) -> String {
        let allowed: (Character) -> Bool = { $0.isLetter || $0.isNumber || " -_./()?".contains($0) }
        let reserved = ["true", "false", "yes", "no", "on", "off", "null", "y", "n"]
        guard let first = value.first, first.isLetter, value.last != " ", value.allSatisfy(allowed),
            !reserved.contains(value.lowercased())
        else { return quoted(value) }
        return value
    }

    /// `value` in double quotes, with YAML's escapes.
    static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
