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
            boldMarkdownLabel(in: line[...]).map { Paragraph(text: $0.text, boldPrefix: $0.label) }
                ?? Paragraph(text: line)
        }
        let segments = TurnSplitter.segments(from: paragraphs, roles: roles)
        guard !segments.isEmpty else {
            throw Diagnostic(.error, SourceLocation(file: path), "file has no text", fix: "Add the transcript's text.")
        }
        return ReaderOutput(segments: segments, encoding: decoded.encoding, warnings: decoded.warnings)
    }

    /// The lines of `text`, split at the LF byte rather than at `Character`s: a decoded text has no CR,
    /// so an LF always ends a character, and each line is copied straight from the text's bytes.
    private static func lines(of text: String) -> [String] {
        let split = text.utf8.withContiguousStorageIfAvailable { bytes in
            var lines: [String] = []
            var start = 0
            while let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                start = end + 1
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return lines
        }
        return split ?? text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
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
