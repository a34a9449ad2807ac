/// Escaping for text placed in HTML and SVG.
public enum HTMLEscape {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities, safe in element content and in
    /// quoted attribute values alike.
    ///
    /// Every string that comes from a transcript or a codebook goes through here before it reaches
    /// `report.html`, so a transcript saying `<script>` shows as text.
    public static func escape(_ text: String) -> String {
        // Most strings have nothing to escape; scanning the bytes first avoids building a copy.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 })
        else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
