/// A paragraph of a transcript before it is split into speaker turns: a line of a text file, or a
/// paragraph of a Word or OpenDocument file.
public struct Paragraph: Hashable, Sendable {
    /// The paragraph's text: tabs as `\t`, line breaks within the paragraph as `\n`.
    public var text: String
    /// The text of the paragraph's leading bold runs, if any (`Intervjuare:` in `**Intervjuare:** Hej`),
    /// so that a bold label is recognised as a speaker label.
    public var boldPrefix: String?
    /// The speaker, when the file's structure names it (a Teams transcript's speaker line) rather than
    /// a `Label:` prefix in the text.
    public var speaker: String?
    /// The start time in seconds, when the file's structure gives it (a Teams transcript's time line).
    public var start: Double?

    public init(text: String, boldPrefix: String? = nil, speaker: String? = nil, start: Double? = nil) {
        self.text = text
        self.boldPrefix = boldPrefix
        self.speaker = speaker
        self.start = start
    }
}
