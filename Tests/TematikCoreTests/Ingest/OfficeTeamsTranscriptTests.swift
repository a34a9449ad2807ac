import Testing

@testable import TematikCore

/// The Teams transcript layout, apart from any file.
@Suite struct OfficeTeamsTranscriptTests {
    @Test(arguments: [("0:03", 3.0), ("1:02:07", 3727.0), ("00:00:03.120", 3.12), ("0:0:0.0", 0.0), ("1:5,5", 65.5)])
    func timesBecomeSeconds(_ text: String, _ seconds: Double) {
        #expect(OfficeTeamsTranscript.seconds(text) == seconds)
    }

    @Test(arguments: ["", "3", "1:75", "a:03", "1:2:3:4", "-1:03"])
    func nonTimesAreRejected(_ text: String) {
        #expect(OfficeTeamsTranscript.seconds(text) == nil)
    }

    @Test func ordinaryDocumentIsLeftAlone() {
        let paragraphs = [
            Paragraph(text: "Mötet börjar kl 10:30"), Paragraph(text: "Dagordning"),
            Paragraph(text: "Vi ses igen 14:00"), Paragraph(text: "Punkt ett"), Paragraph(text: "Punkt två"),
            Paragraph(text: "Punkt tre"), Paragraph(text: "Punkt fyra"),
        ]
        #expect(OfficeTeamsTranscript.paragraphs(paragraphs) == paragraphs)
    }

    @Test func textAfterTheFirstParagraphOfATurnKeepsTheSpeakerWithoutATime() {
        let paragraphs = ["Anna Svensson  0:00:03", "Hej.", "Fortsättning.", "Björn Ek  0:00:09", "Tack."]
            .map { Paragraph(text: $0) }
        #expect(
            OfficeTeamsTranscript.paragraphs(paragraphs) == [
                Paragraph(text: "Hej.", speaker: "Anna Svensson", start: 3),
                Paragraph(text: "Fortsättning.", speaker: "Anna Svensson"),
                Paragraph(text: "Tack.", speaker: "Björn Ek", start: 9),
            ])
    }
}
