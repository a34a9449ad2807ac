/// The `Label:` at the start of a transcript line, before we know whether it really names a speaker.
///
/// A label is 1–4 words and at most 40 characters, starts with a letter or digit, holds no sentence
/// punctuation (`. , ! ? ;`) and no double quotes, and is followed by `:` and white space or the end
/// of the line. Apostrophes are allowed, for names such as `O'Brien`. Whether a label is accepted as a
/// speaker is decided by the caller (``TurnSplitter``, ``SubtitleReader``), from how often it occurs.
struct SpeakerLabel: Hashable, Sendable {
    /// The label without its colon, white space trimmed (`Intervjuare`).
    var label: String
    /// The text after the colon, leading white space removed.
    var rest: Substring

    private static let forbidden: Set<Character> = [".", ",", "!", "?", ";", "\"", "“", "”", "„", "«", "»", ":"]

    /// The label at the start of `text`, or `nil` when `text` does not start with one.
    static func parse(_ text: Substring) -> SpeakerLabel? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let afterColon = text[text.index(after: colon)...]
        if let next = afterColon.first, !next.isWhitespace { return nil }
        let label = text[..<colon].trimmingWhitespace()
        guard let first = label.first, first.isLetter || first.isNumber, label.count <= 40,
            !label.contains(where: forbidden.contains)
        else { return nil }
        let words = label.split(whereSeparator: \.isWhitespace)
        guard words.count <= 4 else { return nil }
        return SpeakerLabel(label: words.joined(separator: " "), rest: afterColon.drop(while: \.isWhitespace))
    }
}

extension StringProtocol {
    /// The text without white space (spaces, tabs, newlines, no-break spaces) at either end.
    func trimmingWhitespace() -> SubSequence {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return self[endIndex...] }
        return self[first...last]
    }
}
