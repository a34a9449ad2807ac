/// Cleans the text of a WebVTT or SRT cue: voice tags, other markup, character references.
///
/// Tematik keeps the words, not the presentation, so it departs from what a browser shows:
/// - all tags are removed (`<b>`, `<i>`, `<c.x>`, `<ruby>`, `<00:00:01.000>`, `</v>`), and so are the
///   `{\an8}` position codes some SRT files carry;
/// - the lines of a cue are joined with a space and runs of white space (no-break spaces from `&nbsp;`
///   included) become one space, because a cue's line breaks are where the player wrapped, not where
///   the speaker paused;
/// - `&lrm;` and `&rlm;` are dropped: invisible direction marks would split words for the tokenizer.
///
/// The text is read byte by byte and code point by code point (every character of the markup is ASCII),
/// and white space is any code point with the Unicode property White_Space. So a combining mark is a
/// code point of its own here: after a space it is kept, and after a `<` it does not stop the tag,
/// where a walk by `Character` would take it as part of the space (and drop it) or of the `<`.
enum CueText {
    /// The speaker of the first `<v Name>` voice tag (also `<v.loud Name>`) in `text`, if any.
    static func voice(in text: String) -> String? {
        let bytes = text.utf8
        var rest = bytes[...]
        while let open = rest.firstIndex(of: UInt8(ascii: "<")) {
            let start = bytes.index(after: open)
            let tag = Substring(bytes[start..<(bytes[start...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.endIndex)])
            let scalars = tag.unicodeScalars
            if scalars.first == "v", let next = scalars.dropFirst().first, next == "." || next.isWhiteSpace {
                guard let space = scalars.firstIndex(where: \.isWhiteSpace) else { return nil }
                let name = tag[space...].trimmingWhitespace()
                return name.isEmpty ? nil : String(name)
            }
            rest = bytes[start...]
        }
        return nil
    }

    /// The plain text of cue lines: markup removed, references decoded, on one line, trimmed.
    static func plain(_ lines: [String]) -> String {
        var output = SpacedText()
        var visible: [UInt8] = []
        for var line in lines {
            output.appendSpace()
            visible.removeAll(keepingCapacity: true)
            line.withUTF8 { removeMarkup(from: $0, into: &visible) }
            visible.withUnsafeBufferPointer { decodeReferences(in: $0, into: &output) }
        }
        return String(decoding: output.bytes, as: UTF8.self)
    }

    /// Appends `line` without `<...>` tags (an unclosed tag runs to the end of the line) and `{\...}`
    /// codes to `visible`.
    private static func removeMarkup(from line: UnsafeBufferPointer<UInt8>, into visible: inout [UInt8]) {
        var skipUntil: UInt8?
        for index in line.indices {
            let byte = line[index]
            if let end = skipUntil {
                if byte == end { skipUntil = nil }
            } else if byte == UInt8(ascii: "<") {
                skipUntil = UInt8(ascii: ">")
            } else if byte == UInt8(ascii: "{"), index + 1 < line.count, line[index + 1] == UInt8(ascii: "\\") {
                skipUntil = UInt8(ascii: "}")
            } else {
                visible.append(byte)
            }
        }
    }

    private static let named: [Substring: String] = [
        "amp": "&", "lt": "<", "gt": ">", "nbsp": "\u{00A0}", "lrm": "", "rlm": "", "quot": "\"", "apos": "'",
    ]

    /// Appends `text` to `output` with `&amp;`, `&lt;`, `&gt;`, `&nbsp;`, `&lrm;`, `&rlm;`, `&quot;`,
    /// `&apos;`, `&#NN;` and `&#xHH;` decoded. Anything else that starts with `&` (`&nb`, `&am;`) stays as
    /// written, as in a browser.
    private static func decodeReferences(in text: UnsafeBufferPointer<UInt8>, into output: inout SpacedText) {
        var index = 0
        while index < text.count {
            guard text[index] == UInt8(ascii: "&") else {
                index = output.appendScalar(of: text, at: index)
                continue
            }
            var end = index + 1
            while end < text.count, isReferenceNameByte(text[end]) { end += 1 }
            let name = Substring(decoding: UnsafeBufferPointer(rebasing: text[(index + 1)..<end]), as: UTF8.self)
            if end < text.count, text[end] == UInt8(ascii: ";"), let value = reference(name) {
                value.unicodeScalars.forEach { output.append($0) }
                index = end + 1
            } else {
                output.append("&")
                index += 1
            }
        }
    }

    /// Whether `byte` may be part of a reference's name: an ASCII letter or digit, or `#`.
    private static func isReferenceNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "#"):
            true
        default: false
        }
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
