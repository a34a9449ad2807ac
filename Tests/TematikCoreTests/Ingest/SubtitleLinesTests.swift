import PropertyBased
import Testing

@testable import TematikCore

/// The byte-level tests of ``SubtitleLines`` agree with their definitions on `Character`s.
struct SubtitleLinesTests {
    /// Pieces lines are built from: white space in and beyond ASCII, combining marks alone (which join a
    /// space before them), block keywords, timing arrows and times, Swedish letters, and `à` and `Å`, whose
    /// last UTF-8 bytes (0xA0, 0x85) are those of U+00A0 and U+0085 read as Latin-1.
    static let pieces = [
        " ", "  ", "\t", "\u{A0}", "\u{2003}", "\u{301}", "e\u{301}", "NOTE", "STYLE", "-", "--", "-->", ">",
        "00:00:01.000", "1", "å", "ö", "hej", "\u{85}", "\u{200B}", "à", "Å",
    ]

    static let texts = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...12).map { $0.map { pieces[$0] }.joined() }
        .array(of: 1...4).map { $0.joined(separator: "\n") }

    @Test func lineTestsAgreeWithTheDefinitions() async {
        await propertyCheck(count: 3000, input: Self.texts) { text in
            let lines = SubtitleLines(text)
            let expected = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == expected.count)
            for (index, line) in expected.enumerated() {
                let trimmed = line.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
                #expect(lines.text(index) == line)
                #expect(lines.isBlank(index) == trimmed.isEmpty)
                #expect(Array(lines.trimmed(lines.ranges[index])) == Array(String(trimmed).utf8))
                #expect(
                    Array(SubtitleLines.firstWord(of: lines.trimmed(lines.ranges[index])))
                        == Array(String(trimmed.prefix { !$0.isWhitespace }).utf8))
                #expect(
                    lines.startsBlock(index, keyword: "NOTE")
                        == (line.hasPrefix("NOTE") && (line.dropFirst(4).first.map(\.isWhitespace) ?? true)))
                let arrow = lines.arrow(in: index).map { $0 - lines.ranges[index].lowerBound }
                #expect(
                    arrow == Array(line.utf8).indices.first { Array(line.utf8).dropFirst($0).starts(with: "-->".utf8) })
            }
        }
    }
}
