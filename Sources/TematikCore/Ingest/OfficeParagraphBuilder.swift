/// Collects paragraphs from start, text and end calls, for the .docx and .odt handlers.
///
/// Text goes into a byte buffer and becomes a `String` once per paragraph. Paragraphs may nest (a
/// text box's paragraphs sit inside the paragraph that anchors it); each nested paragraph becomes a
/// paragraph of its own, and every paragraph keeps the place where it started, so the anchoring
/// paragraph comes before the text box's paragraphs.
struct OfficeParagraphBuilder {
    private struct Open {
        var slot: Int
        var bytes: [UInt8] = []
        /// The byte count of the leading bold text; the bold prefix ends at the first non-bold text
        /// that is not white space.
        var boldEnd = 0
        var leadingBold = true
    }

    private(set) var paragraphs: [Paragraph] = []
    private var open: [Open] = []

    /// Whether a paragraph is open, so text belongs somewhere.
    var isInParagraph: Bool { !open.isEmpty }

    /// Opens a paragraph, nested in the one that is open, if any.
    mutating func begin() {
        open.append(Open(slot: paragraphs.count))
        paragraphs.append(Paragraph(text: ""))
    }

    /// Adds text to the innermost open paragraph; `bold` tells whether it is set in bold.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, bold: Bool) {
        guard !open.isEmpty else { return }
        let last = open.count - 1
        open[last].bytes.append(contentsOf: bytes)
        track(bold: bold, whitespace: bytes.allSatisfy(OfficeParagraphBuilder.isSpace), in: last)
    }

    /// Adds one ASCII character (a tab, a line break, a hyphen) to the innermost open paragraph.
    mutating func append(ascii byte: UInt8, bold: Bool) {
        guard !open.isEmpty else { return }
        let last = open.count - 1
        open[last].bytes.append(byte)
        track(bold: bold, whitespace: OfficeParagraphBuilder.isSpace(byte), in: last)
    }

    /// Closes the innermost open paragraph.
    mutating func end() {
        guard let paragraph = open.popLast() else { return }
        let text = String(decoding: paragraph.bytes, as: UTF8.self)
        let prefix = paragraph.bytes[..<paragraph.boldEnd]
        let bold = prefix.allSatisfy(OfficeParagraphBuilder.isSpace) ? nil : String(decoding: prefix, as: UTF8.self)
        paragraphs[paragraph.slot] = Paragraph(text: text, boldPrefix: bold)
    }

    /// Closes any paragraphs a damaged document left open and returns all paragraphs.
    mutating func finish() -> [Paragraph] {
        while !open.isEmpty { end() }
        return paragraphs
    }

    private mutating func track(bold: Bool, whitespace: Bool, in index: Int) {
        guard open[index].leadingBold else { return }
        if bold {
            open[index].boldEnd = open[index].bytes.count
        } else if !whitespace {
            open[index].leadingBold = false
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }
}
