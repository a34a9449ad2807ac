/// Escaping for text placed in `report.md`, so that it renders as written on GitHub and through pandoc.
enum MarkdownEscape {
    /// ASCII punctuation that Markdown could read as syntax; CommonMark and pandoc both accept a backslash
    /// before any ASCII punctuation, so escaping more than needed is harmless. `<` and `&` are included so
    /// that text from a transcript can never become raw HTML or an entity.
    private static let special: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "!", "~", "&", "$", "{", "}",
    ]

    /// `text` for running text or a table cell: specials backslash-escaped, line breaks as spaces, and a
    /// leading `-`, `+` or `1.` escaped so it cannot start a list.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t": result += " "
            case _ where special.contains(scalar): result += "\\" + String(scalar)
            default: result.unicodeScalars.append(scalar)
            }
        }
        if let first = result.unicodeScalars.first, first == "-" || first == "+" || first == "=" {
            result = "\\" + result
        } else if let dot = result.firstIndex(where: { $0 == "." || $0 == ")" }),
            !result[..<dot].isEmpty, result[..<dot].allSatisfy(\.isASCII), result[..<dot].allSatisfy(\.isNumber)
        {
            result.insert("\\", at: dot)
        }
        return result
    }

    /// A table: header, alignment row (numeric columns right-aligned), and rows of already escaped cells.
    static func table(_ header: [String], numeric: [Bool], rows: [[String]]) -> String {
        var text = "| " + header.map(escape).joined(separator: " | ") + " |\n"
        text += "|" + numeric.map { $0 ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows { text += "| " + row.joined(separator: " | ") + " |\n" }
        return text + "\n"
    }
}
