import Testing

@testable import TematikCore

struct TurnSplitterTests {
    private let roles = SpeakerRoles()

    private func split(_ lines: [String]) -> [Segment] {
        TurnSplitter.segments(from: lines.map { Paragraph(text: $0) }, roles: roles)
    }

    @Test func labelsStartTurnsAndContinuationLinesJoinWithNewline() {
        #expect(
            split(["Intervjuare: Hej.", "IP: Hej hej.", "Det var allt.", "", "  ", "Intervjuare: Tack."]) == [
                Segment(index: 0, speaker: "Intervjuare", role: .interviewer, text: "Hej.", line: 1),
                Segment(index: 1, speaker: "IP", role: .respondent, text: "Hej hej.\nDet var allt.", line: 2),
                Segment(index: 2, speaker: "Intervjuare", role: .interviewer, text: "Tack.", line: 6),
            ])
    }

    @Test func aRepeatedSpeakerStartsANewTurn() {
        #expect(split(["IP: Ett.", "IP: Två."]).map(\.text) == ["Ett.", "Två."])
    }

    @Test func textBeforeTheFirstLabelHasNoSpeaker() {
        #expect(
            split(["Intervju 3, 2024-05-01", "I: Hej."]) == [
                Segment(index: 0, speaker: nil, role: .respondent, text: "Intervju 3, 2024-05-01", line: 1),
                Segment(index: 1, speaker: "I", role: .interviewer, text: "Hej.", line: 2),
            ])
    }

    @Test func aLabelSeenOnceThatIsNotKnownIsText() {
        #expect(
            split(["IP: Vi testade.", "Obs: ljudet bröts.", "Exempel: chattbot."]) == [
                Segment(
                    index: 0, speaker: "IP", role: .respondent,
                    text: "Vi testade.\nObs: ljudet bröts.\nExempel: chattbot.",
                    line: 1)
            ])
    }

    @Test func aLabelOnTwoParagraphsIsASpeaker() {
        #expect(
            split(["Anna Berg: Ett.", "Intervjuare: Två?", "Anna Berg: Tre."]).map(\.speaker) == [
                "Anna Berg", "Intervjuare", "Anna Berg",
            ])
    }

    @Test func aBoldPrefixIsASpeaker() {
        let paragraphs = [Paragraph(text: "Moderator: Välkomna.", boldPrefix: "Moderator:"), Paragraph(text: "Kul.")]
        #expect(
            TurnSplitter.segments(from: paragraphs, roles: roles) == [
                Segment(index: 0, speaker: "Moderator", role: .respondent, text: "Välkomna.\nKul.", line: 1)
            ])
    }

    @Test(arguments: [
        "Hej, Anna: nej", "Vad sa du?: nej", "\"Citat\": nej", "Ett två tre fyra fem: nej",
        "-Streck: nej", "Kl.10: nej", "Klockan:10", String(repeating: "x", count: 41) + ": nej",
    ])
    func notALabel(_ line: String) {
        // Each line is repeated so that the two-paragraph rule would accept any real label.
        #expect(split([line, line]).map(\.speaker) == [nil])
    }

    @Test(arguments: [
        ("[00:12:03] Hej.", 723.0), ("[12:03] Hej.", 723.0), ("(00:12:03) Hej.", 723.0),
        ("00:12:03 Hej.", 723.0), ("[00:12:03.5] Hej.", 723.5), ("[1:02:03,25] Hej.", 3723.25),
    ])
    func timeStampsAfterTheLabelBecomeTheStart(_ text: String, _ seconds: Double) {
        #expect(
            split(["IP: " + text]) == [
                Segment(index: 0, speaker: "IP", role: .respondent, text: "Hej.", line: 1, start: seconds)
            ])
    }

    @Test func timeStampsBeforeTheLabelAndOnContinuationLines() {
        #expect(
            split(["[00:00:07] I: Hej.", "[00:00:09] Mer.", "IP: [00:00:11] Svar."]) == [
                Segment(index: 0, speaker: "I", role: .interviewer, text: "Hej.\nMer.", line: 1, start: 7),
                Segment(index: 1, speaker: "IP", role: .respondent, text: "Svar.", line: 3, start: 11),
            ])
    }

    @Test(arguments: ["12:30 kom jag", "[12:75] Hej.", "[00:12:03 Hej.", "99:00:00x"])
    func notATimeStamp(_ text: String) {
        #expect(split([text]).first?.start == nil)
        #expect(split([text]).first?.text == text)
    }

    @Test func structuralSpeakerTakesPrecedence() {
        let paragraphs = [
            Paragraph(text: "", speaker: "Karin Berg", start: 1.5),
            Paragraph(text: "Intervjuare: hej"),
            Paragraph(text: "Ja: det är så", speaker: "Olle Ek", start: 4),
        ]
        let roles = SpeakerRoles(interviewerNames: ["Karin Berg"])
        #expect(
            TurnSplitter.segments(from: paragraphs, roles: roles) == [
                Segment(index: 0, speaker: "Intervjuare", role: .interviewer, text: "hej", line: 2),
                Segment(index: 1, speaker: "Olle Ek", role: .respondent, text: "Ja: det är så", line: 3, start: 4),
            ])
    }

    @Test func labelWhitespaceIsCollapsedAndTabsAccepted() {
        #expect(
            split(["Deltagare  3:\tJa.", "Deltagare  3:"]) == [
                Segment(index: 0, speaker: "Deltagare 3", role: .respondent, text: "Ja.", line: 1)
            ])
    }
}
