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
    ///
    /// Most lines are prose with no label, so the first colon is looked for in the UTF-8 bytes rather
    /// than in `Character`s, and prose before it is rejected from its bytes: a sentence mark, or more
    /// than 40 bytes that each start a character that is not white space. That is exact when the text
    /// up to the byte after the colon holds no CR and no lead byte of a code point at or above U+0300,
    /// since every `Character` there is then a single code point; other text takes the general path.
    static func parse(_ text: Substring) -> SpeakerLabel? {
        var label: SpeakerLabel?
        let decided = text.utf8.withContiguousStorageIfAvailable { bytes in
            switch scanBeforeColon(bytes) {
            case .none: return true
            case .general: return false
            case .ascii(let colon):
                label = parseASCII(text, bytes, colon: colon)
                return true
            }
        }
        return decided == true ? label : parseCharacters(text)
    }

    /// What the bytes up to the first colon say about a line.
    private enum BeforeColon {
        /// No label: no colon, or prose before it.
        case none
        /// Characters beyond the bytes' reach: decide on `Character`s.
        case general
        /// ASCII with no CR or sentence mark before the colon at this offset, and at most 40 bytes there
        /// that are not white space.
        case ascii(colon: Int)
    }

    /// Finds the first colon of `bytes` and reads the bytes before it.
    private static func scanBeforeColon(_ bytes: UnsafeBufferPointer<UInt8>) -> BeforeColon {
        guard let colon = UnsafeRawBufferPointer(bytes).firstOffset(of: UInt8(ascii: ":")) else { return .none }
        if colon + 1 < bytes.count, bytes[colon + 1] >= 0xCC { return .general }
        var sawSentenceMark = false
        var ascii = true
        var characters = 0  // a lower bound on the non-space characters before the colon
        for byte in UnsafeBufferPointer(rebasing: bytes[..<colon]) {
            switch byte {
            case UInt8(ascii: "\r"), 0xCC...: return .general
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"),
                UInt8(ascii: "\""):
                sawSentenceMark = true
            case 0x09...0x0C, UInt8(ascii: " "): break
            // Continuation bytes, and 0xC2, which starts NEL and NO-BREAK SPACE among others.
            case 0x80...0xC2: ascii = false
            default:
                if byte >= 0x80 { ascii = false }
                characters += 1
            }
        }
        if sawSentenceMark || characters > 40 { return .none }
        return ascii ? .ascii(colon: colon) : .general
    }

    /// ``parse(_:)`` for a text whose `bytes` before the colon at offset `colon` are ASCII with no CR or
    /// sentence mark, and no more than 40 of them that are not white space: each byte there is one character.
    private static func parseASCII(_ text: Substring, _ bytes: UnsafeBufferPointer<UInt8>, colon: Int) -> SpeakerLabel?
    {
        let after = colon + 1
        if after < bytes.count {
            if bytes[after] >= 0x80 { return parseCharacters(text) }
            if !bytes[after].isASCIIWhiteSpace { return nil }
        }
        guard let first = bytes[..<colon].firstIndex(where: { !$0.isASCIIWhiteSpace }),
            let last = bytes[..<colon].lastIndex(where: { !$0.isASCIIWhiteSpace }),
            isASCIILetterOrDigit(bytes[first]), last - first < 40,
            let label = joinedWords(UnsafeBufferPointer(rebasing: bytes[first...last]))
        else { return nil }
        var restStart = after
        while restStart < bytes.count, bytes[restStart].isASCIIWhiteSpace { restStart += 1 }
        let utf8 = text.utf8
        if restStart < bytes.count, bytes[restStart] >= 0x80 {
            // White space beyond ASCII (a no-break space) is trimmed by the general rule.
            let rest = Substring(utf8[utf8.index(utf8.startIndex, offsetBy: after)...])
            return SpeakerLabel(label: label, rest: rest.drop(while: \.isWhitespace))
        }
        return SpeakerLabel(label: label, rest: Substring(utf8[utf8.index(utf8.startIndex, offsetBy: restStart)...]))
    }

    /// The ASCII `label` with its words joined by one space, or `nil` when it has more than four words.
    private static func joinedWords(_ label: UnsafeBufferPointer<UInt8>) -> String? {
        var words = 0
        var inWord = false
        for byte in label {
            let isSpace = byte.isASCIIWhiteSpace
            if !isSpace, !inWord { words += 1 }
            inWord = !isSpace
        }
        guard words <= 4 else { return nil }
        guard words > 1 else { return String(decoding: label, as: UTF8.self) }
        var joined: [UInt8] = []
        joined.reserveCapacity(label.count)
        for byte in label where !(byte.isASCIIWhiteSpace && joined.last == UInt8(ascii: " ")) {
            joined.append(byte.isASCIIWhiteSpace ? UInt8(ascii: " ") : byte)
        }
        return String(decoding: joined, as: UTF8.self)
    }

    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (0x30...0x39).contains(byte)
    }

    /// ``parse(_:)`` on `Character`s: the definition, for any text.
    static func parseCharacters(_ text: Substring) -> SpeakerLabel? {
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

extension StringProtocol where UTF8View: BidirectionalCollection {
    /// The text without white space (spaces, tabs, newlines, no-break spaces) at either end.
    func trimmingWhitespace() -> SubSequence {
        // ASCII white space is trimmed byte by byte. A character whose first or last code point is an ASCII
        // byte that is not white space is never white space, and an ASCII space is never part of the
        // character before it; so the bytes decide unless the first byte kept or the last is not ASCII
        // (a combining mark after a space belongs to it, U+00A0 is white space): then `Character`s do.
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start < end, utf8[start].isASCIIWhiteSpace { start = utf8.index(after: start) }
        while start < end, utf8[utf8.index(before: end)].isASCIIWhiteSpace { end = utf8.index(before: end) }
        if start == end { return self[endIndex...] }
        if utf8[start] < 0x80, utf8[utf8.index(before: end)] < 0x80 { return self[start..<end] }
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return self[endIndex...] }
        return self[first...last]
    }
}
