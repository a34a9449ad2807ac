/// The `CodeBook` element of a REFI-QDA project: themes as top-level codes holding their codes.
///
/// The same structure as the `.qdc` export (``QDCWriter``): a theme is codable when it has a code with its
/// own id (patterns written on the theme), and that code's codings point at the theme's GUID.
enum QDPXCodes {
    /// The element, indented for `project.qde`.
    static func xml(_ codebook: Codebook, language: String) -> String {
        let cleaned = { (text: String) in
            String(text.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\n" || $0 == "\t" })
        }
        return "  <CodeBook>\n" + QDCWriter.codes(codebook, language: language, indent: "    ", clean: cleaned)
            + "  </CodeBook>\n"
    }
}
