import Foundation
import PropertyBased
import Testing

@testable import TematikCore

/// The fast paths of reading a text file agree with their definitions on `Character`s, Unicode properties
/// and Foundation's normalisation, for random lines long enough to take the eight-byte paths.
struct ReadingFastPathPropertyTests {
    /// Pieces lines are built from: labels and prose, Swedish letters (lead byte 0xC3), combining marks
    /// (0xCC), punctuation that needs no normalisation (0xE2), code points that NFC changes, white space
    /// beyond ASCII, CR, and the colon and sentence marks that decide a label.
    static let pieces = [
        "Intervjuare", "Respondent", "Anna", "Åsa Öberg", "hej", "kompetens", "å", "ä", "ö", "e\u{301}", "\u{301}",
        "a\u{308}", "–", "”", "…", "CO₂", "\u{2126}", "\u{212B}", "\u{A0}", "\r", "\r\n", " ", "  ", "\t", ":", ": ",
        ".", ",", "?", "\"", "O'Brien", "1", "00:12:03", "**", String(repeating: "x", count: 20),
    ]

    static let lines = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...40).map { $0.map { pieces[$0] }.joined() }

    @Test func speakerLabelsAgreeWithTheDefinition() async {
        await propertyCheck(count: 3000, input: Self.lines) { line in
            #expect(SpeakerLabel.parse(Substring(line)) == SpeakerLabel.parseCharacters(Substring(line)))
        }
    }

    @Test func wordRunsAgreeWithTheDefinition() async {
        // ASCII's neighbours of letters and digits, and letters and digits beyond ASCII.
        let pieces = Self.pieces + ["@", "[", "`", "{", "/", ";", "A", "Z", "a", "z", "0", "9", "ª", "²", "٣", "Ⅻ"]
        let texts = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...40).map { $0.map { pieces[$0] }.joined() }
        await propertyCheck(count: 3000, input: texts) { text in
            var runs = 0
            var inRun = false
            for scalar in text.unicodeScalars {
                let isWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                if isWord, !inRun { runs += 1 }
                inRun = isWord
            }
            #expect(ReadLimits.wordRuns(in: text) == runs)
        }
    }

    @Test func normalisationAgreesWithFoundation() async {
        await propertyCheck(count: 3000, input: Self.lines) { text in
            // Line ends are turned byte by byte: a CR ends a line also before a combining mark.
            let bytes = Array(text.utf8)
            let lf = bytes.indices.compactMap { index -> UInt8? in
                guard bytes[index] == 0x0D else {
                    return bytes[index] == 0x0A && index > 0 && bytes[index - 1] == 0x0D ? nil : bytes[index]
                }
                return 0x0A
            }
            let expected = String(decoding: lf, as: UTF8.self).precomposedStringWithCanonicalMapping
            #expect(Array(TextDecoder.normalized(text).utf8) == Array(expected.utf8))
        }
    }
}
