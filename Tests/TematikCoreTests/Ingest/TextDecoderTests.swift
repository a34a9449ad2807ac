import Foundation
import Testing

@testable import TematikCore

struct TextDecoderTests {
    @Test func utf8WithoutBOM() throws {
        let decoded = try TextDecoder.decode(Data("Hej på dig\r\nrad två\rrad tre\n".utf8), path: "a.txt")
        #expect(decoded.text == "Hej på dig\nrad två\nrad tre\n")
        #expect(decoded.encoding == "UTF-8")
        #expect(decoded.warnings.isEmpty)
    }

    @Test func utf8WithBOMDropsTheBOM() throws {
        let decoded = try TextDecoder.decode(Data([0xEF, 0xBB, 0xBF] + Array("Å".utf8)), path: "a.txt")
        #expect(decoded.text == "Å")
        #expect(decoded.encoding == "UTF-8 (BOM)")
    }

    @Test func utf16LittleAndBigEndian() throws {
        let little = try TextDecoder.decode(
            Data([0xFF, 0xFE, 0x48, 0x00, 0xE5, 0x00, 0x0D, 0x00, 0x0A, 0x00]), path: "l")
        #expect(little.text == "Hå\n")
        #expect(little.encoding == "UTF-16LE")
        let big = try TextDecoder.decode(Data([0xFE, 0xFF, 0x00, 0x48, 0x00, 0xE5]), path: "b")
        #expect(big.text == "Hå")
        #expect(big.encoding == "UTF-16BE")
    }

    @Test func decomposedTextBecomesNFC() throws {
        let decoded = try TextDecoder.decode(Data("a\u{030A}".utf8), path: "a.txt")
        #expect(decoded.text.unicodeScalars.map(\.value) == [0xE5])
    }

    @Test func windows1252FallbackWarnsWithOffset() throws {
        // "Ja\n" then "H\xe4r \x96 \x80" on line 2: 0xE4 at offset 4 is the first byte that is not UTF-8.
        let decoded = try TextDecoder.decode(
            Data([0x4A, 0x61, 0x0A, 0x48, 0xE4, 0x72, 0x20, 0x96, 0x20, 0x80]), path: "c/x.txt")
        #expect(decoded.text == "Ja\nHär – €")
        #expect(decoded.encoding == "Windows-1252")
        #expect(
            decoded.warnings.map(\.description) == [
                "c/x.txt:2:2: warning: not valid UTF-8 (byte 0xE4 at offset 4); read as Windows-1252. "
                    + "Save the file as UTF-8 so that every character is read as written."
            ])
    }

    @Test func everyWindows1252ByteDecodes() throws {
        let decoded = try TextDecoder.decode(Data([0x41] + (0x80...0xFF).map { UInt8($0) }), path: "t")
        #expect(decoded.text.unicodeScalars.count == 129)
        #expect(Array(decoded.text.unicodeScalars.prefix(4)).map(\.value) == [0x41, 0x20AC, 0x81, 0x201A])
    }

    @Test(arguments: [[], [0xEF, 0xBB, 0xBF], [0x20, 0x0A, 0x09], [0xFF, 0xFE]] as [[UInt8]])
    func emptyFileIsAnError(_ bytes: [UInt8]) {
        #expect(
            throws: Diagnostic(
                .error, SourceLocation(file: "e.txt"), "file is empty",
                fix: "Add the transcript's text, or remove the file.")
        ) {
            try TextDecoder.decode(Data(bytes), path: "e.txt")
        }
    }

    @Test func nulBytesWithoutUTF16BOMAreBinary() throws {
        let error = try #require(throws: Diagnostic.self) {
            try TextDecoder.decode(Data([0x48, 0x00, 0x69, 0x00]), path: "b.txt")
        }
        #expect(
            error.description == "b.txt: error: binary file: NUL byte at offset 1, so this is not a text file. "
                + "Export the transcript as plain text (.txt), or give it the extension of its real format.")
    }

    @Test(
        .enabled(if: Paths.hasTestdata),
        arguments: [
            ("UDHR_English_WINDOWS-1252.txt", "UDHR_English_UTF-8.txt", 59),
            ("UDHR_German_WINDOWS-1252.txt", "UDHR_German_UTF-8.txt", 19),
            ("UDHR_German_ISO-8859-1.txt", "UDHR_German_UTF-8.txt", 19),
        ])
    func legacyEncodingsMatchTheirUTF8Siblings(_ legacy: String, _ utf8: String, _ offset: Int) throws {
        let decoded = try TextDecoder.decode(
            try Data(contentsOf: Paths.testdata("txt-encodings/readtext/" + legacy)), path: legacy)
        let sibling = try TextDecoder.decode(
            try Data(contentsOf: Paths.testdata("txt-encodings/readtext/" + utf8)), path: utf8)
        #expect(decoded.encoding == "Windows-1252")
        #expect(decoded.text == sibling.text)
        #expect(sibling.encoding == "UTF-8")
        #expect(decoded.warnings.count == 1)
        #expect(decoded.warnings.first?.problem.contains("at offset \(offset))") == true)
    }

    @Test(
        .enabled(if: Paths.hasTestdata),
        arguments: [
            ("IndianTreaty_English_UTF-8-BOM.txt", "UTF-8 (BOM)", "ARTICLE 1.\n\nTHE undersigned"),
            ("UDHR_Icelandic_UTF-8.txt", "UTF-8", "Mannréttindayfirlýsing"),
            (
                "UDHR_French_WINDOWS-1252.txt", "Windows-1252",
                "Déclaration universelle des droits de l'homme\nPréambule"
            ),
        ])
    func everyEncodingsFileDecodes(_ file: String, _ encoding: String, _ start: String) throws {
        let decoded = try TextDecoder.decode(
            try Data(contentsOf: Paths.testdata("txt-encodings/readtext/" + file)), path: file)
        #expect(decoded.encoding == encoding)
        #expect(decoded.text.hasPrefix(start))
        #expect(!decoded.text.contains("\r"))
    }

    /// The fast path that skips normalisation must give what Foundation's NFC gives.
    @Test(arguments: [
        "plain ASCII\n", "Hej på dig – ”citat” … CO₂ 5 €", "e\u{301}n", "\u{2000}mellanrum", "\u{212B}ngström",
        "a\u{308}ven – bra", "\u{1100}\u{1161}", "kvinna\u{0338}", "rad\r\nrad\rrad", "→ ≠ ∑", "\u{2126}",
    ])
    func fastNormalisationAgreesWithFoundation(_ text: String) {
        let expected = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .precomposedStringWithCanonicalMapping
        #expect(Array(TextDecoder.normalized(text).utf8) == Array(expected.utf8))
        let decoded = try? TextDecoder.decode(Data(text.utf8), path: "t.txt")
        #expect(decoded.map { Array($0.text.utf8) } == Array(expected.utf8))
    }
}
