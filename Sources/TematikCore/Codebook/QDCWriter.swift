/// Writes a codebook as a REFI-QDA codebook (`.qdc`, `urn:QDA-XML:codebook:1.0`), the same bytes every time.
///
/// Each theme is a top-level `Code`, codable when the theme has a code with its own id (patterns written on
/// the theme); its other codes are nested `Code`s. GUIDs come from ids (``QDCGUID``), names from labels in
/// `language`, `Description` from descriptions. Patterns have no place in the format and are left out.
enum QDCWriter {
    /// The XML text of `codebook`, labels in `language`.
    static func text(_ codebook: Codebook, language: String) -> String {
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <CodeBook xmlns="urn:QDA-XML:codebook:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="urn:QDA-XML:codebook:1.0 \
            http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd">
              <Codes>

            """
        for theme in codebook.themes {
            let children = theme.codes.filter { $0.id != theme.id }
            out += open(
                id: theme.id, name: theme.label.text(in: language),
                codable: theme.codes.contains { $0.id == theme.id }, color: theme.color,
                description: theme.description.text(in: language), empty: children.isEmpty, indent: "    ")
            guard !children.isEmpty else { continue }
            for code in children {
                out += open(
                    id: code.id, name: code.label.text(in: language), codable: true, color: code.color,
                    description: code.description.text(in: language), empty: true, indent: "      ")
            }
            out += "    </Code>\n"
        }
        return out + "  </Codes>\n</CodeBook>\n"
    }

    /// A `Code` start tag with its `Description`; closed too when `empty` (no child codes follow).
    private static func open(
        id: String, name: String, codable: Bool, color: String?, description: String, empty: Bool, indent: String
    ) -> String {
        var tag = "\(indent)<Code guid=\"\(QDCGUID.guid(for: id))\" name=\"\(escape(name))\" isCodable=\"\(codable)\""
        if let color { tag += " color=\"\(escape(color))\"" }
        if description.isEmpty { return tag + (empty ? "/>\n" : ">\n") }
        tag += ">\n\(indent)  <Description>\(escape(description))</Description>\n"
        return empty ? tag + "\(indent)</Code>\n" : tag
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
