import PropertyBased
import Testing

@testable import TematikCore

struct QuoteTrimmerTests {
    /// UTF-8 offsets of the first `word` in `text`.
    func bytes(of word: String, in text: String) -> Range<Int> {
        guard let range = text.range(of: word) else { return 0..<0 }
        let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        return start..<(start + word.utf8.count)
    }

    @Test func trimsAroundTheMatchAtWordBoundaries() {
        let text = "ett två tre fyra fem sex sju åtta nio tio kompetensbrist elva tolv tretton fjorton femton"
        let match = bytes(of: "kompetensbrist", in: text)
        // 40 − 14 match characters leaves 13 each side: "åtta nio tio " (starts on a word) and " elva tolv tr"
        // (cut inside "tretton", so back to " elva tolv").
        let (quote, marks) = QuoteTrimmer.quote(text, focus: match, matches: [match], length: 40)
        #expect(quote == "…åtta nio tio kompetensbrist elva tolv…")
        // "…" is 3 bytes, "åtta nio tio " 14 (å is 2): the match starts at 17.
        #expect(marks == [TextRange(start: 17, end: 31)])
    }

    @Test func shortTextIsKeptWholeWithLineBreaksAsSpaces() {
        let text = "Brist på\nkompetens, helt klart."
        let match = bytes(of: "kompetens", in: text)
        let (quote, marks) = QuoteTrimmer.quote(text, focus: match, matches: [match], length: 240)
        #expect(quote == "Brist på kompetens, helt klart.")
        #expect(marks == [TextRange(start: match.lowerBound, end: match.upperBound)])
    }

    @Test func roomUnusedBeforeAMatchAtTheStartGoesAfterIt() {
        let text = "kompetensbrist är ett stort problem för oss alla här"
        let match = bytes(of: "kompetensbrist", in: text)
        // 30 − 14 = 16 characters all after the match: " är ett stort pr" → cut back to " är ett stort".
        let (quote, _) = QuoteTrimmer.quote(text, focus: match, matches: [match], length: 30)
        #expect(quote == "kompetensbrist är ett stort…")
    }

    @Test func marksOnlyMatchesInsideTheQuote() {
        let text = "lag ett två tre fyra fem sex sju åtta nio tio elva tolv lagen"
        let first = bytes(of: "lag ", in: text).lowerBound..<3
        let last = bytes(of: "lagen", in: text)
        let (quote, marks) = QuoteTrimmer.quote(text, focus: first, matches: [first, last], length: 20)
        #expect(quote == "lag ett två tre fyra…")
        #expect(marks == [TextRange(start: 0, end: 3)])
    }

    /// The quote as the documentation defines it, on the text's characters: the window is worked out from
    /// every character on each side, where ``QuoteTrimmer`` counts only as far as the room reaches.
    static func definition(_ text: String, focus: Range<Int>, length: Int) -> String {
        let characters = Array(text)
        let count = characters.count
        let (matchStart, matchEnd) = (
            text.slice(bytes: 0..<focus.lowerBound).count, text.slice(bytes: 0..<focus.upperBound).count
        )
        let room = max(length - (matchEnd - matchStart), 0)
        var (left, right) = (room / 2, room - room / 2)
        if matchStart < left { (right, left) = (right + left - matchStart, matchStart) }
        if count - matchEnd < right {
            (left, right) = (left + min(right - count + matchEnd, matchStart - left), count - matchEnd)
        }
        var (start, end) = (matchStart - left, matchEnd + right)
        if start > 0, !characters[start - 1].isWhitespace {
            start = characters[start..<matchStart].firstIndex(where: \.isWhitespace).map { $0 + 1 } ?? matchStart
        }
        if end < count, !characters[end].isWhitespace {
            end = characters[matchEnd..<end].lastIndex(where: \.isWhitespace) ?? matchEnd
        }
        while start < end, characters[start].isWhitespace { start += 1 }
        while end > start, characters[end - 1].isWhitespace { end -= 1 }
        return (start > 0 ? "…" : "") + String(characters[start..<end])[...].onOneLine + (end < count ? "…" : "")
    }

    @Test func quotesAgreeWithTheDefinition() async {
        let words = ["kompetens", "är", "å", "AI-strategin", "ett", "stort", "problem", "\n", "  ", "x"]
        let text = Gen.int(in: 0...(words.count - 1)).array(of: 0...80).map {
            $0.map { words[$0] }.joined(separator: " ")
        }
        await propertyCheck(count: 2000, input: text, text, Gen.int(in: 0...120)) { before, after, length in
            let text = before + " kompetensbrist " + after
            let focus = bytes(of: "kompetensbrist", in: text)
            let (quote, _) = QuoteTrimmer.quote(text, focus: focus, matches: [focus], length: length)
            #expect(quote == Self.definition(text, focus: focus, length: length))
        }
    }

    /// Line breaks, carriage returns and tabs become spaces byte for byte, so the marks still fit.
    @Test func quoteStaysOnOneLine() {
        let text = "Vi har\r\nbrist på\tkompetens, å\u{301}\nandra"
        let match = bytes(of: "kompetens", in: text)
        let (quote, marks) = QuoteTrimmer.quote(text, focus: match, matches: [match], length: 100)
        #expect(quote == "Vi har  brist på kompetens, å\u{301} andra")
        let mark = Array(quote.utf8)[marks[0].start..<marks[0].end]
        #expect(String(decoding: mark, as: UTF8.self) == "kompetens")
    }
}
