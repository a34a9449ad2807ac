/// Cuts a quote of readable length out of a segment, around a match, at word boundaries.
enum QuoteTrimmer {
    /// The quote and the given matches inside it.
    ///
    /// The window holds about `length` characters centred on `focus` (the first match): it grows to the
    /// left and right by half the room the match leaves each, shifts when one side hits the text's end,
    /// then shrinks to whole words (never into the match). `…` marks each side where text was cut.
    /// Matches that fall wholly inside the window are returned as byte ranges into the quote.
    /// - Parameters:
    ///   - text: The segment's text.
    ///   - focus: The match to centre on, as UTF-8 offsets into `text`.
    ///   - matches: Every match to mark, as UTF-8 offsets into `text`, in order.
    ///   - length: The quote's rough length in characters.
    static func quote(_ text: String, focus: Range<Int>, matches: [Range<Int>], length: Int)
        -> (quote: String, marks: [TextRange])
    {
        let matchStart = text.slice(bytes: 0..<focus.lowerBound).endIndex
        let matchEnd = text.slice(bytes: 0..<focus.upperBound).endIndex
        let room = max(length - text.distance(from: matchStart, to: matchEnd), 0)
        var leftRoom = room / 2
        var rightRoom = room - leftRoom
        // Give the room one side cannot use to the other side. Each side's characters are counted only as
        // far as the room reaches, which decides the same: counting to the ends of a long turn (a transcript
        // without speaker labels is one) took longer than the rest of its analysis.
        let available = (
            left: text.distance(
                from: text.index(matchStart, offsetBy: -room, limitedBy: text.startIndex) ?? text.startIndex,
                to: matchStart),
            right: text.distance(
                from: matchEnd, to: text.index(matchEnd, offsetBy: room, limitedBy: text.endIndex) ?? text.endIndex)
        )
        if available.left < leftRoom {
            rightRoom += leftRoom - available.left
            leftRoom = available.left
        }
        if available.right < rightRoom {
            leftRoom += min(rightRoom - available.right, available.left - leftRoom)
            rightRoom = available.right
        }
        var start = text.index(matchStart, offsetBy: -leftRoom)
        var end = text.index(matchEnd, offsetBy: rightRoom)
        // A cut inside a word moves towards the match to the nearest whitespace, dropping the partial word.
        if start > text.startIndex, !text[text.index(before: start)].isWhitespace {
            start =
                text[start..<matchStart].firstIndex(where: \.isWhitespace).map { text.index(after: $0) }
                ?? matchStart
        }
        if end < text.endIndex, !text[end].isWhitespace {
            end = text[matchEnd..<end].lastIndex(where: \.isWhitespace) ?? matchEnd
        }
        let body = text[start..<end]
        let trimmedStart = body.firstIndex(where: { !$0.isWhitespace }) ?? body.endIndex
        let trimmedEnd =
            body[trimmedStart...].lastIndex(where: { !$0.isWhitespace }).map { body.index(after: $0) }
            ?? trimmedStart
        let kept = text[trimmedStart..<trimmedEnd]
        let prefix = trimmedStart > text.startIndex ? "…" : ""
        let suffix = trimmedEnd < text.endIndex ? "…" : ""
        let keptStart = text.utf8.distance(from: text.startIndex, to: trimmedStart)
        let keptEnd = keptStart + kept.utf8.count
        let shift = prefix.utf8.count - keptStart
        let marks = matches.filter { $0.lowerBound >= keptStart && $0.upperBound <= keptEnd }
            .map { TextRange(start: $0.lowerBound + shift, end: $0.upperBound + shift) }
        return (prefix + kept.onOneLine + suffix, marks)
    }
}
