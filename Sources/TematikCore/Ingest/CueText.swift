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
    /// The speaker of the first `<v Name>` voice tag (also `<v.loud Name>`) in the UTF-8 `line`, if any.
    static func voice(in line: ArraySlice<UInt8>) -> String? {
        var rest = line
        while let open = rest.firstIndex(of: UInt8(ascii: "<")) {
            let tagBytes = line[(open + 1)...].prefix { $0 != UInt8(ascii: ">") }
            rest = line[(open + 1)...]
            guard tagBytes.first == UInt8(ascii: "v") else { continue }
            switch voiceTag(ascii: tagBytes) {
            case .other: continue
            case .voice(let name): return name
            case .undecided: break
            }
            let tag = Substring(String(decoding: tagBytes, as: UTF8.self))
            let scalars = tag.unicodeScalars
            if let next = scalars.dropFirst().first, next == "." || next.isWhiteSpace {
                guard let space = scalars.firstIndex(where: \.isWhiteSpace) else { return nil }
                let name = tag[space...].trimmingWhitespace()
                return name.isEmpty ? nil : String(name)
            }
        }
        return nil
    }

    /// What the bytes of a tag that starts with `v` say, where ASCII decides.
    private enum VoiceTag {
        /// Another tag (`<vx>`): the search goes on.
        case other
        /// A voice tag and its speaker, `nil` when it names none.
        case voice(String?)
        /// A byte beyond ASCII decides (it may be white space, or a mark that joins the character before
        /// it): the tag is read as text.
        case undecided
    }

    /// The tag in `tag` (without `<` and `>`, starting with `v`) read on its bytes, as the text reading in
    /// ``voice(in:)`` reads it: a `.` or white space after the `v`, then the name after the first white
    /// space, trimmed.
    private static func voiceTag(ascii tag: ArraySlice<UInt8>) -> VoiceTag {
        guard let second = tag.dropFirst().first else { return .other }
        guard second < 0x80 else { return .undecided }
        guard second == UInt8(ascii: ".") || second.isASCIIWhiteSpace else { return .other }
        guard let space = tag.dropFirst().firstIndex(where: { $0.isASCIIWhiteSpace || $0 >= 0x80 }) else {
            return .voice(nil)
        }
        guard tag[space] < 0x80 else { return .undecided }
        let trimmed = tag[space...].drop(while: \.isASCIIWhiteSpace)
        guard let end = trimmed.lastIndex(where: { !$0.isASCIIWhiteSpace }) else { return .voice(nil) }
        let name = trimmed[...end]
        guard name[name.startIndex] < 0x80, name[end] < 0x80 else { return .undecided }
        return .voice(String(decoding: name, as: UTF8.self))
    }

    /// The plain text of the UTF-8 cue `lines`: markup removed, references decoded, on one line, trimmed.
    static func plain(_ lines: some Sequence<ArraySlice<UInt8>>) -> String {
        var output = SpacedText()
        var visible: [UInt8] = []
        for line in lines {
            output.appendSpace()
            line.withUnsafeBufferPointer { line in
                guard line.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "{") }) else {
                    return decodeReferences(in: line, into: &output)
                }
                visible.removeAll(keepingCapacity: true)
                removeMarkup(from: line, into: &visible)
                visible.withUnsafeBufferPointer { decodeReferences(in: $0, into: &output) }
            }
        }
        return String(decoding: output.bytes, as: UTF8.self)
    }

    /// Appends `line` without `<...>` tags (an unclosed tag runs to the end of the line) and `{\...}`
    /// codes to `visible`.
    private static func removeMarkup(from line: UnsafeBufferPointer<UInt8>, into visible: inout [UInt8]) {
        var skipUntil: UInt8?
        var textStart = 0
        for index in line.indices {
            let byte = line[index]
            if let end = skipUntil {
                if byte == end {
                    skipUntil = nil
                    textStart = index + 1
                }
            } else if byte == UInt8(ascii: "<") {
                skipUntil = UInt8(ascii: ">")
            } else if byte == UInt8(ascii: "{"), index + 1 < line.count, line[index + 1] == UInt8(ascii: "\\") {
                skipUntil = UInt8(ascii: "}")
            }
            if skipUntil != nil, textStart <= index {
                visible.append(contentsOf: UnsafeBufferPointer(rebasing: line[textStart..<index]))
                textStart = line.count
            }
        }
        if skipUntil == nil, textStart < line.count {
            visible.append(contentsOf: UnsafeBufferPointer(rebasing: line[textStart...]))
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
        while let amp = UnsafeRawBufferPointer(text).firstOffset(of: UInt8(ascii: "&"), in: index..<text.count) {
            output.append(UnsafeBufferPointer(rebasing: text[index..<amp]))
            var end = amp + 1
            while end < text.count, isReferenceNameByte(text[end]) { end += 1 }
            let name = Substring(decoding: UnsafeBufferPointer(rebasing: text[(amp + 1)..<end]), as: UTF8.self)
            if end < text.count, text[end] == UInt8(ascii: ";"), let value = reference(name) {
                value.unicodeScalars.forEach { output.append($0) }
                index = end + 1
            } else {
                output.append("&")
                index = amp + 1
            }
        }
        output.append(UnsafeBufferPointer(rebasing: text[index...]))
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
