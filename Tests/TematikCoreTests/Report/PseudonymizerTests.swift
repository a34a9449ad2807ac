import Foundation
import Testing

@testable import TematikCore

@Suite struct PseudonymizerTests {
    /// Digits of a number written as text.
    static func digits(_ text: String) -> [UInt8] { text.compactMap { MaskingScanner.digit($0) } }

    @Test func luhnCheckDigitIsTheStandardOne() {
        // Skatteverket's worked example: 811218-987 has check digit 6.
        #expect(IdentityNumber.luhnCheckDigit(Self.digits("811218987")) == 6)
        #expect(IdentityNumber.isValid(Self.digits("8112189876")))
    }

    @Test(arguments: [
        "850709-1232", "8507091232", "19850709-1232", "198507091232", "850709+1232",
        "851269-4566", "19900101-2385", "0101011237",
    ])
    func validIdentityNumbersAreMasked(_ number: String) {
        #expect(Pseudonymizer().mask("pnr \(number), tack") == "pnr [personnummer], tack")
    }

    @Test(arguments: [
        "850709-1233", "8507091233", "19850709-1231", "851369-4566", "851200-1234", "21850709-1232",
        "8507091232123",
    ])
    func numbersFailingTheChecksAreNotIdentityNumbers(_ number: String) {
        #expect(Pseudonymizer().mask("nr \(number) här") == "nr \(number) här")
    }

    @Test func samordningsnummerAddsSixtyToTheDay() {
        #expect(IdentityNumber.isValid(Self.digits("8512694566")))
        #expect(!IdentityNumber.isValid(Self.digits("8512924566")), "day 92 is neither a day nor a day + 60")
    }

    @Test(arguments: [
        "070-123 45 67", "0701234567", "08-555 123 45", "+46 8 123 456 78", "+46701234567",
        "031-12 34 56",
    ])
    func swedishPhoneNumbersAreMasked(_ number: String) {
        #expect(Pseudonymizer().mask("ring \(number) i dag") == "ring [telefon] i dag")
    }

    @Test(arguments: ["010101-1234", "0701", "070-12", "+47 22 12 34 56", "0123456789012345", "1701234568"])
    func otherNumbersAreNotPhoneNumbers(_ number: String) {
        #expect(Pseudonymizer().mask("nr \(number).") == "nr \(number).")
    }

    @Test func emailAddressesAreMaskedButNotTheSentenceAroundThem() {
        let text = "Skriv till anna.berg@exempel.se. Eller k-ek+ai@kommun.example.org, eller @handle."
        #expect(Pseudonymizer().mask(text) == "Skriv till [e-post]. Eller [e-post], eller @handle.")
    }

    @Test func listedNamesAreReplacedAsWholeWordsInAnyCase() {
        let p = Pseudonymizer(names: [("Anna", "Person A"), ("Anna Berg", "IP07"), ("Åsa", "Person C")])
        #expect(
            p.mask("Anna Berg och anna och ÅSA, men inte Annas eller Annabel.")
                == "IP07 och Person A och Person C, men inte Annas eller Annabel.")
        #expect(p.mask("anna") == "Person A", "folded forms, as in the codebook audit, are masked")
    }

    @Test func speakersAreNumberedInDocumentOrderAndInterviewersBecomeI() {
        var p = Pseudonymizer(names: [("Johan Lind", "Person B"), ("Anna", "IP02")])
        p.register(
            speakersOf: Self.document([
                ("Intervjuare", .interviewer), ("Anna Berg", .respondent),
                ("Johan Lind", .respondent),
            ]))
        p.register(
            speakersOf: Self.document([
                ("Karin Ek", .interviewer), ("Per", .respondent), ("anna berg", .respondent),
                ("R", .respondent),
            ]))
        #expect(p.speaker("Intervjuare") == "I")
        #expect(p.speaker("Karin Ek") == "I")
        #expect(p.speaker("Anna Berg") == "IP01")
        #expect(p.speaker("ANNA BERG ") == "IP01", "labels are compared trimmed and in any case")
        #expect(p.speaker("Johan Lind") == "Person B", "pseudonyms.csv names the pseudonym")
        #expect(p.speaker("Per") == "IP03", "IP02 is handed out by pseudonyms.csv, so numbering skips it")
        #expect(p.speaker(nil) == nil)
        #expect(p.mask("Karin Ek frågade Anna Berg") == "I frågade IP01", "speaker labels are replaced in text")
        #expect(p.speaker("R") == "IP04")
        #expect(p.mask("R och r") == "R och r", "labels under three characters stay in text")
        #expect(p.mask("Berg") == "Berg", "a part of a name stays in text")
        #expect(p.maskWord("berg") == "IP01", "but not in word lists, which hold single tokens")
    }

    @Test func codingRangesFollowTheMaskedText() throws {
        var p = Pseudonymizer(names: [("Anna", "A")])
        let document = Self.document([("Anna Berg", .respondent)], text: "Hej 850709-1232, Anna säger ja")
        p.register(speakersOf: document)
        let text = document.segments[0].text
        func range(_ word: String) throws -> Range<Int> {
            let r = try #require(text.range(of: word))
            return text.utf8.distance(
                from: text.startIndex, to: r.lowerBound)..<text.utf8.distance(from: text.startIndex, to: r.upperBound)
        }
        let codings = [try range("1232"), try range("Anna"), try range("ja")].map {
            Coding(segment: 0, code: 0, pattern: 0, tokens: 0..<1, bytes: $0)
        }
        let coded = p.mask(CodedDocument(document: document, wordCounts: [5], isUnit: [true], codings: codings))
        let masked = Array(coded.document.segments[0].text.utf8)
        #expect(coded.document.segments[0].text == "Hej [personnummer], A säger ja")
        #expect(coded.document.segments[0].speaker == "IP01")
        #expect(
            coded.codings.map { String(decoding: masked[$0.bytes], as: UTF8.self) } == ["[personnummer]", "A", "ja"])
    }

    @Test func wordListsAreMaskedAndMerged() {
        let p = Pseudonymizer(names: [("anna", "X"), ("berg", "X")])
        let words = [
            WordCount(word: "anna", count: 2), WordCount(word: "kompetens", count: 2),
            WordCount(word: "berg", count: 1), WordCount(word: "850709", count: 1),
        ]
        #expect(
            p.mask(words) == [
                WordCount(word: "X", count: 3), WordCount(word: "kompetens", count: 2),
                WordCount(word: "[nummer]", count: 1),
            ])
    }

    @Test(arguments: [
        ("intervjuer/anna_berg.docx", "intervjuer/IP01.docx"), ("Anna-Berg 850709-1232.txt", "IP01 [personnummer].txt"),
        ("anna.berg/utskrift.vtt", "IP01/utskrift.vtt"), ("ANNA/berg.txt", "IP01.txt"),
        ("anna@exempel.se.md", "[e-post].md"), ("070-123 45 67.srt", "[telefon].srt"),
        ("annaberg.txt", "annaberg.txt"), ("berg.docx", "berg.docx"), ("maj/intervju-01.docx", "maj/intervju-01.docx"),
    ])
    func documentIDsAreMaskedAsPaths(_ id: String, _ masked: String) {
        #expect(Pseudonymizer(names: [("Anna Berg", "IP01")]).maskPath(id) == masked)
    }

    @Test func anIDIsMaskedWithTheSpeakersRegisteredBeforeIt() {
        var p = Pseudonymizer(names: [("Johan", "Person B")])
        p.register(documentID: "a/lisa_holm.txt")
        p.register(speakersOf: Self.document([("Lisa Holm", .respondent)]))
        p.register(documentID: "b/lisa_holm.txt")
        p.register(documentID: "c/Lisa Holm.txt")
        p.register(documentID: "c/lisa-holm.txt")
        p.register(documentID: "d/johan.txt")
        #expect(p.documentID("a/lisa_holm.txt") == "a/lisa_holm.txt", "registered before the label was known")
        #expect(p.documentID("b/lisa_holm.txt") == "b/IP01.txt")
        #expect(p.documentID("c/Lisa Holm.txt") == "c/IP01.txt")
        #expect(p.documentID("c/lisa-holm.txt") == "c/IP01-2.txt")
        #expect(p.documentID("d/johan.txt") == "d/Person B.txt")
        #expect(p.documentID("e/lisa.holm.txt") == "e/IP01.txt", "an id never registered is masked as a path")
    }

    @Test func maskedOutputsUseTheMaskedID() {
        var p = Pseudonymizer()
        let document = Self.document([("Lisa Holm", .respondent)], id: "lisa_holm.txt")
        p.register(speakersOf: document)
        p.register(documentID: document.id)
        let coded = p.mask(CodedDocument(document: document, wordCounts: [1], isUnit: [true], codings: []))
        #expect(coded.document.id == "IP01.txt")
        let exemplar = Exemplar(
            document: "lisa_holm.txt", speaker: "Lisa Holm", segment: 0, line: 1, start: nil, references: 1,
            words: 1, density: 1, quote: "text", marks: [])
        #expect(p.mask(exemplar).document == "IP01.txt")
    }

    @Test func pseudonymsCSVIsReadWithItsHeader() throws {
        let csv = "name;pseudonym\n Anna ; P1 \n\n\"Berg, Anna\";P2\n"
        let p = try Pseudonymizer(pseudonymsCSV: Data(csv.utf8), path: "pseudonyms.csv")
        #expect(p.mask("Anna och Berg, Anna") == "P1 och P2")
        #expect(throws: Diagnostic.self) {
            try Pseudonymizer(pseudonymsCSV: Data("namn,alias\nAnna,P1\n".utf8), path: "pseudonyms.csv")
        }
        #expect(throws: Diagnostic.self) {
            try Pseudonymizer(pseudonymsCSV: Data("name,pseudonym\nAnna,\n".utf8), path: "pseudonyms.csv")
        }
    }

    /// A document with one segment per (speaker, role), each with `text`.
    static func document(_ speakers: [(String, Role)], text: String = "text", id: String = "d.txt") -> Document {
        Document(
            id: id, format: .txt, sha256: "", encoding: "UTF-8", attributes: [:],
            segments: speakers.enumerated().map { i, speaker in
                Segment(index: i, speaker: speaker.0, role: speaker.1, text: text, line: i + 1)
            }, warnings: [])
    }
}
