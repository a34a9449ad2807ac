/// Recognises the layout of a Microsoft Teams transcript saved as .docx and turns its speaker and
/// time lines into the `speaker` and `start` of the paragraphs that follow them.
///
/// Teams writes each turn as a header paragraph and then the spoken text. The header is either
/// `Name   0:03` / `Name  0:00:03` (a name, white space, a time), or, in older exports, a cue time
/// `00:00:03.120 --> 00:00:05.000` followed by the name (on the next line of the same paragraph or in
/// the next paragraph) and then the text. The layout is taken to be a transcript only when at least
/// two headers are followed by text and headers with their names and first text paragraphs make up
/// at least 60 % of the non-empty paragraphs; otherwise the paragraphs are returned unchanged, so an
/// ordinary document that mentions a time at the end of a line is not mistaken for one.
enum OfficeTeamsTranscript {
    /// Longest name accepted in a header line; longer text before a time is a sentence.
    static let maxNameLength = 80
    /// Longest first line, in UTF-8 bytes, that can be a header (a name or a cue time, and a time).
    static let maxHeaderLength = 4 * maxNameLength + 40

    /// The paragraphs with speakers and times filled in when they form a Teams transcript, else
    /// `paragraphs` unchanged.
    static func paragraphs(_ paragraphs: [Paragraph]) -> [Paragraph] {
        let lines = paragraphs.map { trim($0.text) }
        let nonEmpty = lines.count { !$0.isEmpty }
        var result: [Paragraph] = []
        var turn: (speaker: String, start: Double?)?
        var paired = 0
        var covered = 0
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            if line.isEmpty { continue }
            guard let header = header(line) else {
                if let current = turn {
                    result.append(Paragraph(text: line, speaker: current.speaker, start: current.start))
                    if current.start != nil {
                        paired += 1
                        covered += 1
                    }
                    turn?.start = nil
                } else {
                    result.append(paragraphs[index - 1])
                }
                continue
            }
            covered += 1
            var speaker = header.speaker
            if speaker == nil, let next = nextNonEmpty(lines, from: index), isName(lines[next]) {
                speaker = lines[next]
                index = next + 1
                covered += 1
            }
            turn = speaker.map { ($0, header.start) }
            if let text = header.text, let current = turn {
                result.append(Paragraph(text: text, speaker: current.speaker, start: current.start))
                paired += 1
                turn?.start = nil
            }
        }
        guard paired >= 2, covered * 10 >= nonEmpty * 6 else { return paragraphs }
        return result
    }

    /// A header line's speaker (nil when a cue-time line leaves it to the next paragraph), start
    /// time, and any text that follows in the same paragraph.
    static func header(_ line: String) -> (speaker: String?, start: Double, text: String?)? {
        // Most paragraphs are sentences: a header's first line is short and starts (cue time) or ends
        // (name and time) with a digit, so most are turned away without making strings.
        var line = line
        let mayBeHeader = line.withUTF8 { bytes in
            // Only the first bytes are searched for the line's end: a longer first line is no header.
            let head = UnsafeBufferPointer(rebasing: bytes.prefix(maxHeaderLength + 1))
            let lineEnd = head.firstIndex(of: UInt8(ascii: "\n")) ?? head.count
            return lineEnd > 0 && lineEnd <= maxHeaderLength && (isDigit(bytes[0]) || isDigit(bytes[lineEnd - 1]))
        }
        guard mayBeHeader else { return nil }
        let rows = line.split(separator: "\n", omittingEmptySubsequences: true).map { trim(String($0)) }
        guard let first = rows.first else { return nil }
        if let arrow = first.range(of: "-->") {
            guard let start = seconds(trim(String(first[..<arrow.lowerBound]))) else { return nil }
            let speaker = rows.count > 1 && isName(rows[1]) ? rows[1] : nil
            let text = speaker == nil ? nil : rows.dropFirst(2).joined(separator: "\n")
            return (speaker, start, text?.isEmpty == false ? text : nil)
        }
        guard let gap = first.lastIndex(where: { $0 == " " || $0 == "\t" }) else { return nil }
        let name = trim(String(first[..<gap]))
        guard isName(name), let start = seconds(String(first[first.index(after: gap)...])) else { return nil }
        let text = rows.dropFirst().joined(separator: "\n")
        return (name, start, text.isEmpty ? nil : text)
    }

    /// Seconds from `M:SS`, `H:MM:SS` or `HH:MM:SS.fff` (a comma also separates the fraction).
    static func seconds(_ text: String) -> Double? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        var total = 0.0
        for (position, part) in parts.enumerated() {
            let isLast = position == parts.count - 1
            let value = isLast ? part.replacingOccurrences(of: ",", with: ".") : String(part)
            guard !value.isEmpty, value.allSatisfy({ $0.isASCII && ($0.isNumber || (isLast && $0 == ".")) }),
                let number = Double(value)
            else { return nil }
            if position > 0, number >= 60 { return nil }
            total = total * 60 + number
        }
        return total
    }

    private static func isName(_ text: String) -> Bool {
        !text.isEmpty && text.count <= maxNameLength && !text.contains("-->") && header(text) == nil
            && text.contains(where: \.isLetter)
    }

    /// Whether `byte` is an ASCII character that is not white space (U+0009 to U+000D and the space are).
    private static func isASCIIText(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x80
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func nextNonEmpty(_ lines: [String], from start: Int) -> Int? {
        lines[start...].firstIndex { !$0.isEmpty }
    }

    /// `text` without leading and trailing white space; most paragraphs have none, and are returned as is.
    private static func trim(_ text: String) -> String {
        // The common case, told from two bytes: an ASCII character that is not white space at both ends.
        if let first = text.utf8.first, let last = text.utf8.last, isASCIIText(first), isASCIIText(last) {
            return text
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }
}
