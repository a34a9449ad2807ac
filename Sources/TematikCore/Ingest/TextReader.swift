import Foundation

/// Reads plain-text transcripts (`.txt`, `.md`): each line is a paragraph, turns as ``TurnSplitter`` finds them.
///
/// Markdown is read as plain text: a transcript in Markdown is lines of `Label: text`, and its markup
/// (`**`, `#`) is left to the tokenizer, which skips punctuation. A bold label such as
/// `**Intervjuare:** Hej` is the exception: its asterisks are removed so that the label is found.
public enum TextReader {
    /// The turns of the text file whose bytes are `data`, shown to the user as `path`.
    /// - Throws: a ``Diagnostic`` naming `path` when the file is empty or binary, or has a line longer
    ///   than ``ReadLimits/maxLineLength``.
    public static func read(
        _ data: Data, path: String, roles: SpeakerRoles, limits: ReadLimits = .default
    ) throws -> ReaderOutput {
        try limits.checkLines(data, path: path)
        let decoded = try TextDecoder.decode(data, path: path)
        let paragraphs = lines(of: decoded.text).map { line in
            boldMarkdownLabel(in: line).map { TextLine(body: $0.text[...], boldPrefix: $0.label) }
                ?? TextLine(body: line, boldPrefix: nil)
        }
        let segments = TurnSplitter.segments(of: paragraphs, roles: roles)
        guard !segments.isEmpty else {
            throw Diagnostic(.error, SourceLocation(file: path), "file has no text", fix: "Add the transcript's text.")
        }
        return ReaderOutput(segments: segments, encoding: decoded.encoding, warnings: decoded.warnings)
    }

    /// A line of a text file as ``TurnSplitter`` reads it: a view into the file's text, not a copy.
    private struct TextLine: TranscriptParagraph {
        var body: Substring
        var boldPrefix: String?
        var speaker: String? { nil }
        var start: Double? { nil }
    }

    /// The lines of `text`, split at the LF byte rather than at `Character`s: a decoded text has no CR,
    /// so an LF always ends a character. The LFs are found with `memchr` in the text's bytes, and each
    /// line is a substring of the text, made from byte offsets without a second check of its bytes.
    private static func lines(of text: String) -> [Substring] {
        var text = text
        let breaks = text.withUTF8 { utf8 in
            let bytes = UnsafeRawBufferPointer(utf8)
            var breaks: [Int] = []
            var from = 0
            while let end = bytes.firstOffset(of: UInt8(ascii: "\n"), in: from..<bytes.count) {
                breaks.append(end)
                from = end + 1
            }
            return breaks
        }
        var lines: [Substring] = []
        lines.reserveCapacity(breaks.count + 1)
        let utf8 = text.utf8
        var start = utf8.startIndex
        var offset = 0
        for end in breaks {
            let endIndex = utf8.index(start, offsetBy: end - offset)
            lines.append(text[start..<endIndex])
            start = utf8.index(after: endIndex)
            offset = end + 1
        }
        lines.append(text[start...])
        return lines
    }

    /// For a line `**Label:** text` or `**Label**: text`, the line without the asterisks and the bold label.
    private static func boldMarkdownLabel(in line: Substring) -> (text: String, label: String)? {
        let trimmed = line.trimmingWhitespace()
        guard trimmed.utf8.starts(with: "**".utf8) else { return nil }
        let body = trimmed.dropFirst(2)
        guard let close = body.range(of: "**") else { return nil }
        let label = body[..<close.lowerBound]
        let after = body[close.upperBound...]
        guard label.hasSuffix(":") || after.hasPrefix(":") else { return nil }
        return (String(label + after), String(label))
    }
}
