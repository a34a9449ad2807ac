/// Cleans the text of a WebVTT or SRT cue: voice tags, other markup, character references.
///
/// Tematik keeps the words, not the presentation, so it departs from what a browser shows:
/// - all tags are removed (`<b>`, `<i>`, `<c.x>`, `<ruby>`, `<00:00:01.000>`, `</v>`), and so are the
///   `{\an8}` position codes some SRT files carry;
/// - the lines of a cue are joined with a space and runs of white space (no-break spaces from `&nbsp;`
///   included) become one space, because a cue's line breaks are where the player wrapped, not where
///   the speaker paused;
/// - `&lrm;` and `&rlm;` are dropped: invisible direction marks would split words for the tokenizer.
enum CueText {
    /// The speaker of the first `<v Name>` voice tag (also `<v.loud Name>`) in `text`, if any.
    static func voice(in text: String) -> String? {
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            let tag = rest[rest.index(after: open)...].prefix { $0 != ">" }
            if tag.hasPrefix("v"), let next = tag.dropFirst().first, next == "." || next.isWhitespace {
                guard let space = tag.firstIndex(where: \.isWhitespace) else { return nil }
                let name = tag[space...].trimmingWhitespace()
                return name.isEmpty ? nil : String(name)
            }
            rest = rest[rest.index(after: open)...]
        }
        return nil
    }

    /// The plain text of cue lines: markup removed, references decoded, on one line, trimmed.
    static func plain(_ lines: [String]) -> String {
        var text = ""
        for line in lines {
            text += " "
            text += decodeReferences(in: removingMarkup(from: line))
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `line` without `<...>` tags (an unclosed tag runs to the end of the line) and `{\...}` codes.
    private static func removingMarkup(from line: String) -> String {
        var result = ""
        var skipUntil: Character?
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if let end = skipUntil {
                if character == end { skipUntil = nil }
            } else if character == "<" {
                skipUntil = ">"
            } else if character == "{", line[line.index(after: index)...].first == "\\" {
                skipUntil = "}"
            } else {
                result.append(character)
            }
            index = line.index(after: index)
        }
        return result
    }

    private static let named: [Substring: String] = [
        "amp": "&", "lt": "<", "gt": ">", "nbsp": "\u{00A0}", "lrm": "", "rlm": "", "quot": "\"", "apos": "'",
    ]

    /// `text` with `&amp;`, `&lt;`, `&gt;`, `&nbsp;`, `&lrm;`, `&rlm;`, `&quot;`, `&apos;`, `&#NN;` and `&#xHH;`
    /// decoded. Anything else that starts with `&` (`&nb`, `&am;`) stays as written, as in a browser.
    static func decodeReferences(in text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let afterAmp = rest[rest.index(after: amp)...]
            let name = afterAmp.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") }
            if name.endIndex < afterAmp.endIndex, afterAmp[name.endIndex] == ";", let value = reference(name) {
                result += value
                rest = afterAmp[afterAmp.index(after: name.endIndex)...]
            } else {
                result += "&"
                rest = afterAmp
            }
        }
        return result + rest
    }

    /// The text of the reference `name` (without `&` and `;`), or `nil` when it is not one we decode.
    private static func reference(_ name: Substring) -> String? {
        if let value = named[name] { return value }
        guard name.first == "#" else { return nil }
        let digits = name.dropFirst()
        let code =
            digits.first == "x" || digits.first == "X"
            ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        guard let code, code != 0, let scalar = Unicode.Scalar(code) else { return nil }
        return String(Character(scalar))
    }
}
