/// A paragraph of a Word or OpenDocument file, before it is split into speaker turns.
public struct Paragraph: Hashable, Sendable {
    /// The paragraph's text: tabs as `\t`, line breaks as `\n`.
    public var text: String
    /// The text of the paragraph's leading bold runs, if any (`Intervjuare:` in `**Intervjuare:** Hej`),
    /// so that a bold label can be recognised even without a colon inside the bold part.
    public var boldPrefix: String?

    public init(text: String, boldPrefix: String? = nil) {
        self.text = text
        self.boldPrefix = boldPrefix
    }
}
