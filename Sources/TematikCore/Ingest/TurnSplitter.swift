/// Splits the paragraphs of a transcript into speaker turns.
///
/// Rules, in order of precedence:
/// 1. A paragraph whose ``Paragraph/speaker`` was set by a structural reader (a Teams `.docx`) starts a
///    new turn of that speaker; its ``Paragraph/start`` is the turn's start.
/// 2. Otherwise a paragraph that starts with a speaker label `Label: text` starts a new turn, also when
///    the same speaker spoke before. The label syntax is ``SpeakerLabel``'s. Because `Obs: ...` or
///    `Exempel: ...` look like labels too, a label is accepted only when
///    - it is a known interviewer or respondent label or an interviewer name (``SpeakerRoles/isKnownLabel(_:)``),
///    - or it starts at least two paragraphs of the document,
///    - or it is the paragraph's bold prefix (``Paragraph/boldPrefix``, from Word),
///    - or it follows a time stamp at the start of the paragraph (`00:21:14 Ringo Starr: ...` in a Zoom
///      chat), since a time-stamped line is a transcript's turn, not prose.
/// 3. Any other paragraph continues the current turn, joined with `\n`. Text before the first label is a
///    turn with no speaker. Blank paragraphs are dropped, and so are turns left with no text.
///
/// A time stamp (`[00:12:03]`, `[12:03]`, `(00:12:03)`, `00:12:03`, `[00:12:03.5]`) at the start of a
/// paragraph or right after the label is removed from the text; the first one in a turn becomes its
/// ``Segment/start`` in seconds. A turn's ``Segment/line`` is the 1-based number of its first paragraph.
/// Text is trimmed and kept in NFC as the reader delivered it. Roles are set from `roles`.
public enum TurnSplitter {
    /// The speaker turns in `paragraphs`, numbered from 0.
    public static func segments(from paragraphs: [Paragraph], roles: SpeakerRoles) -> [Segment] {
        segments(of: paragraphs, roles: roles)
    }

    /// The speaker turns in `paragraphs` of any kind: Word's paragraphs, or a text file's lines, which
    /// stay views into the file's text until a turn's text is copied out.
    static func segments(of paragraphs: [some TranscriptParagraph], roles: SpeakerRoles) -> [Segment] {
        let openings = paragraphs.map { Opening($0) }
        let repeated = labelsStartingTwoParagraphs(openings)
        var segments: [Segment] = []
        var current: Segment?
        var memo = SpeakerRoleMemo(roles)

        func finish() {
            guard var segment = current else { return }
            current = nil
            guard !segment.text.isEmpty else { return }
            segment.index = segments.count
            segments.append(segment)
        }

        for (offset, (paragraph, opening)) in zip(paragraphs, openings).enumerated() {
            var text = opening.text
            var start = paragraph.start ?? opening.stamp
            var speaker = paragraph.speaker
            if let parsed = opening.label,
                opening.stamp != nil || memo.isKnownLabel(parsed.label) || repeated.contains(parsed.label)
                    || isBold(parsed.label, in: paragraph)
            {
                speaker = parsed.label
                text = parsed.rest
                if let stamp = TimeStamp.leading(in: text) {
                    start = start ?? stamp.seconds
                    text = stamp.rest
                }
            }
            let body = String(text.trimmingWhitespace())
            if let speaker {
                finish()
                current = Segment(
                    index: 0, speaker: speaker, role: memo.role(for: speaker), text: body, line: offset + 1,
                    start: start)
            } else if !body.isEmpty {
                // Taken out of `current`, so that the text is extended in place, not copied for each paragraph.
                var segment =
                    current.take()
                    ?? Segment(index: 0, speaker: nil, role: .respondent, text: "", line: offset + 1)
                if !segment.text.isEmpty { segment.text += "\n" }
                segment.text += body
                segment.start = segment.start ?? start
                current = segment
            }
        }
        finish()
        return segments
    }

    /// How a paragraph opens, found once for both passes over the paragraphs: its trimmed text after any
    /// leading time stamp, that stamp's seconds, and the speaker label the text starts with, looked for only
    /// when no structural reader set the paragraph's speaker.
    private struct Opening {
        var text: Substring
        var stamp: Double?
        var label: SpeakerLabel?

        init(_ paragraph: some TranscriptParagraph) {
            text = paragraph.body.trimmingWhitespace()
            if let leading = TimeStamp.leading(in: text) {
                stamp = leading.seconds
                text = leading.rest
            }
            label = paragraph.speaker == nil ? SpeakerLabel.parse(text) : nil
        }
    }

    /// Labels that start at least two paragraphs, after any leading time stamp.
    private static func labelsStartingTwoParagraphs(_ openings: [Opening]) -> Set<String> {
        var counts: [String: Int] = [:]
        for case let parsed? in openings.map(\.label) { counts[parsed.label, default: 0] += 1 }
        return Set(counts.filter { $0.value >= 2 }.keys)
    }

    /// Whether `label` is the paragraph's bold prefix, with or without its colon.
    private static func isBold(_ label: String, in paragraph: some TranscriptParagraph) -> Bool {
        guard let bold = paragraph.boldPrefix?.trimmingWhitespace() else { return false }
        let withoutColon = bold.hasSuffix(":") ? bold.dropLast().trimmingWhitespace() : bold
        return !withoutColon.isEmpty
            && withoutColon.split(whereSeparator: \.isWhitespace).joined(separator: " ") == label
    }
}

/// What ``TurnSplitter`` reads of a paragraph: its text and what a structural reader found (see ``Paragraph``).
protocol TranscriptParagraph {
    /// The paragraph's text.
    var body: Substring { get }
    /// The text of its leading bold runs, if any.
    var boldPrefix: String? { get }
    /// The speaker, when the file's structure names it.
    var speaker: String? { get }
    /// The start time in seconds, when the file's structure gives it.
    var start: Double? { get }
}

extension Paragraph: TranscriptParagraph {
    var body: Substring { text[...] }
}
