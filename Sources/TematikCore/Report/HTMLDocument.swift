/// The frame of `report.html`: doctype, language, title, inline style and script around the body.
enum HTMLDocument {
    /// A complete, self-contained page: nothing in it refers to the network or to other files.
    /// - Parameters:
    ///   - language: Goes into `<html lang>`, for screen readers and hyphenation.
    ///   - title: Plain text; escaped here.
    ///   - body: The escaped HTML of `<main>`.
    static func page(language: ReportLanguage, title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="Tematik">
        <title>\(HTMLEscape.escape(title))</title>
        <style>
        \(HTMLStyle.css)
        </style>
        </head>
        <body>
        <main>
        \(body)</main>
        <script>
        \(HTMLScript.js)
        </script>
        </body>
        </html>

        """
    }
}
