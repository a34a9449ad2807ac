import Testing

@testable import TematikCore

struct SpeakerLabelTests {
    /// The byte-level fast paths of `parse` must agree with the definition on `Character`s.
    @Test(arguments: [
        "Intervjuare: Hej", "Respondent:  Ja, alltså", "Anna  Svensson: hej", "Åsa Öberg: hej", "O'Brien: yes",
        "Obs: en sak", "Ett två tre fyra fem: nej", "Hon sa: nej", "Hej, jag: nej", "a:b", "Anna:", "Anna: ",
        ": tomt", "  Anna :\u{A0}hej", "Anna:\u{A0}\u{A0}hej", "Anna: \u{301}hej", "Anna:\u{301} hej",
        "e\u{301}va: hej", "Anna\r\nBerg: hej", "“Anna”: hej", "\u{600}1: hej", "Anna\u{2013}Berg: hej",
        String(repeating: "a", count: 40) + ": hej", String(repeating: "a", count: 41) + ": hej",
        String(repeating: "å", count: 40) + ": hej", String(repeating: "å", count: 41) + ": hej",
        "a b c d: hej", "a b c d e: hej", "a\tb: hej", "1. Fråga: hej", "2024: ett år", "", "ingen kolon här",
        "Anna: hej: igen", String(repeating: " ", count: 60) + "Anna: hej",
    ])
    func fastPathAgreesWithDefinition(_ text: String) {
        let fast = SpeakerLabel.parse(Substring(text))
        let reference = SpeakerLabel.parseCharacters(Substring(text))
        #expect(fast == reference)
    }

    @Test func labelWordsAreJoinedByOneSpace() throws {
        let parsed = try #require(SpeakerLabel.parse("Anna \t Svensson:   Hej där"))
        #expect(parsed.label == "Anna Svensson")
        #expect(parsed.rest == "Hej där")
    }

    @Test(arguments: [
        "  Hej  ", "Hej", "\u{A0}Hej\u{A0}", "Hej\n", " ", "", "e\u{301} ", " \u{301}Hej", "Hej \u{A0}", " \u{A0} ",
        "\t00:00:01.000 ", " Åsa ", "\r\n", " å\u{301} ", "\u{A0}", " a \u{2003}",
    ])
    func trimmingAgreesWithCharacterDefinition(_ text: String) {
        let reference = text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
        #expect(String(text.trimmingWhitespace()) == String(reference))
    }
}
