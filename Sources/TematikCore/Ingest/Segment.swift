/// Who speaks in a segment.
///
/// A speaker is the interviewer when its label is one of the configured interviewer labels or names
/// (see ``SpeakerRoles``); every other speaker is a respondent, and text with no speaker label counts
/// as respondent text.
public enum Role: String, Hashable, Sendable, Codable {
    case interviewer
    case respondent
}

/// One speaker turn, as read from a transcript.
public struct Segment: Hashable, Sendable {
    /// Position in the document, from 0.
    public var index: Int
    /// The speaker's label as written (`Intervjuare`, `Anna Svensson`), or `nil` for unlabelled text.
    public var speaker: String?
    public var role: Role
    /// The turn's text in NFC, without the speaker label and without inline time stamps.
    /// Paragraphs within a turn are separated by `\n`.
    public var text: String
    /// Where the turn starts in its file: a line for text files, a paragraph number for Word and
    /// OpenDocument files, a cue number for subtitles (all 1-based).
    public var line: Int
    /// Start of the turn in seconds, from a cue time or an inline time stamp such as `[00:12:03]`.
    public var start: Double?
    /// End of the turn in seconds (subtitle cues only).
    public var end: Double?

    public init(
        index: Int, speaker: String?, role: Role, text: String, line: Int,
        start: Double? = nil, end: Double? = nil
    ) {
        self.index = index
        self.speaker = speaker
        self.role = role
        self.text = text
        self.line = line
        self.start = start
        self.end = end
    }
}
