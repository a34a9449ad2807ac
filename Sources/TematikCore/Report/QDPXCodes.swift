/// The `CodeBook` element of a REFI-QDA project: themes as top-level codes holding their codes.
///
/// The same structure as the `.qdc` export (``QDCWriter``): a theme is codable when it has a code with its
/// own id (patterns written on the theme), and that code's codings point at the theme's GUID.
enum QDPXCodes {
    /// The element, indented for `project.qde`.
    static func xml(_ codebook: Codebook, language: String) -> String {
        var out = "  <CodeBook>\n    <Codes>\n"
        for theme in codebook.themes {
            let children = theme.codes.filter { $0.id != theme.id }
            out += open(
                id: theme.id, name: theme.label.text(in: language), codable: theme.codes.contains { $0.id == theme.id },
                color: theme.color, description: theme.description.text(in: language), empty: children.isEmpty,
                indent: "      ")
            guard !children.isEmpty else { continue }
            for code in children {
                out += open(
                    id: code.id, name: code.label.text(in: language), codable: true, color: code.color,
                    description: code.description.text(in: language), empty: true, indent: "        ")
            }
            out += "      </Code>\n"
        }
        return out + "    </Codes>\n  </CodeBook>\n"
    }

    /// A `Code` start tag with its `Description`; closed too when `empty`. A colour that is not `#rgb` or
    /// `#rrggbb` (the schema's `RGBType`) is left out.
    private static func open(
        id: String, name: String, codable: Bool, color: String?, description: String, empty: Bool, indent: String
    ) -> String {
        var tag = "\(indent)<Code guid=\"\(QDCGUID.guid(for: id))\" name=\"\(QDPXWriter.escape(name))\" "
            + "isCodable=\"\(codable)\""
        if let color, isRGB(color) { tag += " color=\"\(color)\"" }
        if description.isEmpty { return tag + (empty ? "/>\n" : ">\n") }
        tag += ">\n\(indent)  <Description>\(QDPXWriter.escape(description))</Description>\n"
        return empty ? tag + "\(indent)</Code>\n" : tag
    }

    private static func isRGB(_ color: String) -> Bool {
        let digits = color.utf8.dropFirst()
        return color.first == "#" && (digits.count == 3 || digits.count == 6)
            && digits.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 | 0x20 >= 97 && $0 | 0x20 <= 102) }
    }
}
