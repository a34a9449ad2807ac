/// Keyword in context: every coding shown with the text around it.
public enum KWIC {
    /// One line per coding on a unit segment, in document order (as given), then segment, then the
    /// codings' order.
    /// - Parameters:
    ///   - documents: The coded documents.
    ///   - width: The most characters of context on each side; context is cut at whitespace.
    /// - Complexity: O(total length of the coded segments' context).
    public static func lines(in documents: [CodedDocument], width: Int) -> [KWICLine] {
        documents.flatMap { lines(in: $0, width: width) }
    }

    /// The KWIC lines of one document's codings, in coding order.
    public static func lines(in document: CodedDocument, width: Int) -> [KWICLine] {
        let segments = document.document.segments
        return document.codings.filter { segments.indices.contains($0.segment) }.map { coding in
            let segment = segments[coding.segment]
            let text = segment.text
            let match = text.slice(bytes: coding.bytes)
            return KWICLine(
                document: document.document.id, speaker: segment.speaker, segment: coding.segment,
                code: coding.code, pattern: coding.pattern,
                left: context(text[..<match.startIndex], width: width, before: true),
                match: match.onOneLine,
                right: context(text[match.endIndex...], width: width, before: false))
        }
    }

    /// The `width` characters of `text` nearest the match, without a partial word at the far end.
    ///
    /// When the whole side fits, it is kept; otherwise the cut moves to the nearest whitespace towards the
    /// match, so that no word is split (a single word longer than `width` is dropped). Surrounding
    /// whitespace is trimmed and line breaks become spaces.
    static func context(_ text: Substring, width: Int, before: Bool) -> String {
        let width = max(width, 0)
        var kept: Substring
        if text.count <= width {
            kept = text
        } else if before {
            kept = text.suffix(width)
            // A cut just after whitespace already starts on a whole word.
            let cutsWord = !text[text.index(before: kept.startIndex)].isWhitespace
            if cutsWord {
                kept = kept.firstIndex(where: \.isWhitespace).map { kept[$0...] } ?? kept[kept.endIndex...]
            }
        } else {
            kept = text.prefix(width)
            let cutsWord = !text[kept.endIndex].isWhitespace
            if cutsWord {
                kept = kept.lastIndex(where: \.isWhitespace).map { kept[..<$0] } ?? kept[..<kept.startIndex]
            }
        }
        return kept.trimmingWhitespace().onOneLine
    }
}
