import PropertyBased
import Testing

@testable import TematikCore

/// `CueText.plain` works on bytes; it must agree with its definition on `Character`s (``CueTextDefinition``)
/// wherever no combining mark follows white space or markup, the one place where the two differ by design.
struct CueTextTests {
    /// Pieces cue lines are built from: tags, SRT position codes, references that decode (to white space
    /// too) and that do not, Swedish letters, white space beyond ASCII, CR, emoji, and prose.
    static let pieces = [
        "<b>", "</b>", "<", ">", "<v Anna>", "<v.loud Åsa Öberg>", "</v>", "<v", "<v.", "<vx", "v", "<00:00:01.000>",
        "{\\an8}", "{", "}",
        "\\", "&", ";", "#", "x", "amp", "nbsp", "&amp;", "&lt;", "&gt;", "&nbsp;", "&lrm;", "&rlm;", "&quot;",
        "&apos;", "&#229;", "&#x0E4;", "&#X1F600;", "&#0;", "&#xD800;", "&#32;", "&#x2028;", "&#99999999999;",
        "&nb", "&am;", "&AMP;", "hej", "kompetens", "å", "ä", "ö", "e\u{301}", "a\u{308}", "\u{A0}", "\u{85}",
        "\u{2003}", "\u{3000}", "\u{1680}", "\u{200E}", " ", "  ", "\t", "\r", "\r\n", "–", "”", "😀", "CO₂", "à", "Å",
    ]

    static let cues = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...24).map { $0.map { pieces[$0] }.joined() }
        .array(of: 1...4)

    @Test func plainAgreesWithTheDefinition() async {
        await propertyCheck(count: 3000, input: Self.cues) { lines in
            #expect(CueText.plain(lines.map { ArraySlice($0.utf8) }) == CueTextDefinition.plain(lines))
        }
    }

    @Test(arguments: [
        (["<v Anna>Hej <b>och</b>", "välkommen.</v>"], "Hej och välkommen."),
        (["  &amp;&nbsp;&lrm;x&rlm;y  "], "& xy"),
        (["&l<i>t;b&gt;"], "<b>"),
        (["{\\an8}Text {utan} kod", "<unclosed"], "Text {utan} kod"),
        (["\u{3000}å\u{2028}ä\u{85}ö\u{A0}"], "å ä ö"),
        (["&#0; &#xD800; &#x; &am; &#229;&#x0E4;"], "&#0; &#xD800; &#x; &am; åä"),
        ([" ", "<b></b>", ""], ""),
    ])
    func plainText(_ lines: [String], _ expected: String) {
        #expect(CueText.plain(lines.map { ArraySlice($0.utf8) }) == expected)
    }

    /// Where bytes and `Character`s differ: a combining mark after a space stays as text.
    @Test func combiningMarkAfterSpaceIsKept() {
        #expect(CueText.plain([ArraySlice("a \u{301}b".utf8)]) == "a \u{301}b")
        #expect(CueTextDefinition.plain(["a \u{301}b"]) == "a b")
    }

    @Test func voiceAgreesWithTheDefinition() async {
        await propertyCheck(count: 3000, input: Self.cues) { lines in
            for line in lines {
                #expect(CueText.voice(in: ArraySlice(line.utf8)) == CueTextDefinition.voice(in: line), "\(line)")
            }
        }
    }

    @Test(
        arguments: [
            ("<v Anna>Hej", "Anna"), ("<v.loud Olle Ek><i>Tack</i>", "Olle Ek"), ("<b>x</b><v  Bo >y", "Bo"),
            ("<v>tomt", nil), ("<vx Anna>", nil), ("ingen tagg", nil), ("Anna: <i>hej</i>", nil),
        ] as [(String, String?)])
    func voice(_ line: String, _ expected: String?) {
        #expect(CueText.voice(in: ArraySlice(line.utf8)) == expected)
    }
}

/// The text and the speaker of cue lines as slow, obvious definitions on `Character`s and code points give
/// them, which the byte-level ``CueText/plain(_:)`` and ``CueText/voice(in:)`` reproduce.
enum CueTextDefinition {
    /// The speaker of the first `<v Name>` voice tag in `line`, read on code points with the Unicode
    /// property tables: a tag runs from a `<` to the next `>`; a voice tag is a `v` followed by `.` or white
    /// space, and its speaker is what follows its first white space, trimmed, if anything.
    static func voice(in line: String) -> String? {
        let scalars = Array(line.unicodeScalars)
        for open in scalars.indices where scalars[open] == "<" {
            let tag = scalars[(open + 1)...].prefix { $0 != ">" }
            guard tag.first == "v", let next = tag.dropFirst().first, next == "." || next.properties.isWhitespace
            else { continue }
            guard let space = tag.firstIndex(where: \.properties.isWhitespace) else { return nil }
            let name = String(String.UnicodeScalarView(tag[space...]))
            guard let first = name.firstIndex(where: { !$0.isWhitespace }),
                let last = name.lastIndex(where: { !$0.isWhitespace })
            else { return nil }
            return String(name[first...last])
        }
        return nil
    }

    static func plain(_ lines: [String]) -> String {
        var text = ""
        for line in lines {
            text += " "
            text += decodeReferences(in: removingMarkup(from: line))
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

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

    private static func decodeReferences(in text: String) -> String {
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
