import Testing

@testable import TematikCore

struct KWICTests {
    let document = AnalysisFixture.documents[1]  // a.txt

    @Test func oneLinePerCodingInOrder() {
        let lines = KWIC.lines(in: [document], width: 30)
        #expect(lines.map(\.match) == ["kompetensbrist", "Utbildning", "Lagen", "lagom", "GDPR"])
        #expect(lines[0].document == "a.txt")
        #expect(lines[0].speaker == "Anna")
        #expect(lines[0].segment == 1)
        #expect(lines[0].code == 0)
        #expect(lines[0].left == "Vi har")
        #expect(lines[0].right == ". Utbildning saknas helt.")
    }

    @Test func lineBreaksInContextBecomeSpaces() {
        let lines = KWIC.lines(in: [document], width: 30)
        // After "lagom": " tydlig.\nGDPR styr allt." fits in 30 characters.
        #expect(lines[3].right == "tydlig. GDPR styr allt.")
    }

    @Test func contextIsCutAtWhitespace() {
        let lines = KWIC.lines(in: [document], width: 10)
        // Left of GDPR, the last 10 characters "m tydlig.\n" start inside "lagom": drop to " tydlig.".
        #expect(lines[4].left == "tydlig.")
        // Right of GDPR, " styr allt." is 11 characters: the first 10 end inside "allt.", so keep " styr".
        #expect(lines[4].right == "styr")
        // Left of "Lagen" is empty; right "är lagom tydlig.…" cut after 10 characters " är lagom " at a space.
        #expect(lines[2].left == "")
        #expect(lines[2].right == "är lagom")
    }
}
