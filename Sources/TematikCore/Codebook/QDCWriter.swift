/// Writes a codebook as a REFI-QDA codebook (`.qdc`, `urn:QDA-XML:codebook:1.0`), the same bytes every time.
///
/// Each theme is a top-level `Code`, codable when the theme has a code with its own id (patterns written on
/// the theme); its other codes are nested `Code`s. GUIDs come from ids (``QDCGUID``), names from labels in
/// `language`, `Description` from descriptions. Patterns have no place in the format and are left out.
enum QDCWriter {
    /// The XML text of `codebook`, labels in `language`.
    static func text(_ codebook: Codebook, language: String) -> String {
        """
        <?xml version="1.0" encoding="utf-8"?>
        <CodeBook xmlns="urn:QDA-XML:codebook:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="urn:QDA-XML:codebook:1.0 \
        http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd">

        """ + codes(codebook, language: language, indent: "  ") + "</CodeBook>\n"
    }

    /// The `Codes` element at `indent`, as a `.qdc` file and a `.qdpx` project's `CodeBook` both hold it.
    /// Text passes through `clean` before it is escaped (a project drops control characters).
    static func codes(
        _ codebook: Codebook, language: String, indent: String, clean: (String) -> String = { $0 }
    ) -> String {
        var out = "\(indent)<Codes>\n"
        for theme in codebook.themes {
            let children = theme.codes.filter { $0.id != theme.id }
            out += open(
                id: theme.id, name: clean(theme.label.text(in: language)),
                codable: theme.codes.contains { $0.id == theme.id }, color: theme.color,
                description: clean(theme.description.text(in: language)), empty: children.isEmpty,
                indent: indent + "  ")
            guard !children.isEmpty else { continue }
            for code in children {
                out += open(
                    id: code.id, name: clean(code.label.text(in: language)), codable: true, color: code.color,
                    description: clean(code.description.text(in: language)), empty: true, indent: indent + "    ")
            }
            out += "\(indent)  </Code>\n"
        }
        return out + "\(indent)</Codes>\n"
    }

    /// A `Code` start tag with its `Description`; closed too when `empty` (no child codes follow). A colour
    /// that is not `#rgb` or `#rrggbb` (the schema's `RGBType`) is left out.
    private static func open(
        id: String, name: String, codable: Bool, color: String?, description: String, empty: Bool, indent: String
    ) -> String {
        var tag = "\(indent)<Code guid=\"\(QDCGUID.guid(for: id))\" name=\"\(escape(name))\" isCodable=\"\(codable)\""
        if let color, isRGB(color) { tag += " color=\"\(color)\"" }
        if description.isEmpty { return tag + (empty ? "/>\n" : ">\n") }
        tag += ">\n\(indent)  <Description>\(escape(description))</Description>\n"
        return empty ? tag + "\(indent)</Code>\n" : tag
    }

    private static func isRGB(_ color: String) -> Bool {
        let digits = color.utf8.dropFirst()
        return color.first == "#" && (digits.count == 3 || digits.count == 6)
            && digits.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 | 0x20 >= 97 && $0 | 0x20 <= 102) }
    }

    /// `text` with XML's special characters escaped, for attributes and content alike.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            default: out.append(character)
            }
        }
        return out
    }
}
