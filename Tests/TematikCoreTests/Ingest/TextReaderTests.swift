import Foundation
import Testing

@testable import TematikCore

struct TextReaderTests {
    @Test func markdownBoldLabelsAreSpeakers() throws {
        let text = "# Fokusgrupp\n\n**Moderator:** Välkomna.\n**Lisa**: Tack.\nIP: **Inte** en etikett.\n"
        let output = try TextReader.read(Data(text.utf8), path: "f.md", roles: SpeakerRoles())
        #expect(
            output.segments == [
                Segment(index: 0, speaker: nil, role: .respondent, text: "# Fokusgrupp", line: 1),
                Segment(index: 1, speaker: "Moderator", role: .respondent, text: "Välkomna.", line: 3),
                Segment(index: 2, speaker: "Lisa", role: .respondent, text: "Tack.", line: 4),
                Segment(index: 3, speaker: "IP", role: .respondent, text: "**Inte** en etikett.", line: 5),
            ])
        #expect(output.encoding == "UTF-8")
    }

    @Test(.enabled(if: Paths.hasTestdata))
    func qualcoderFocusGroupHasNoColonLabels() throws {
        // QualCoder marks speakers as "[id1]"; Tematik's labels need a colon, so these lines are unlabelled
        // text, read without error.
        let url = Paths.testdata("transcripts/qualcoder/transcript.txt")
        let output = try TextReader.read(try Data(contentsOf: url), path: "transcript.txt", roles: SpeakerRoles())
        #expect(output.segments.count == 1)
        #expect(output.segments.first?.speaker == nil)
        #expect(output.segments.first?.text.split(separator: "\n").count == 7)
    }

    @Test(.enabled(if: Paths.hasTestdata))
    func zoomChatTimeStampsAndNames() throws {
        let url = Paths.testdata("transcripts/zoomgroupstats/meeting001_chat.txt")
        let output = try TextReader.read(try Data(contentsOf: url), path: "chat.txt", roles: SpeakerRoles())
        let first = try #require(output.segments.first)
        #expect(first.speaker == "Andrew Knight")
        #expect(first.start == 1274)  // 00:21:14
        #expect(first.text.hasPrefix("Hello Everyone - It’s great"))
        #expect(
            output.segments.map(\.speaker) == [
                "Andrew Knight", "Andrew Knight", "Ringo Starr", "Andrew Knight", "Andrew Knight", "Andrew Knight",
                "Andrew Knight", "George Harrison", "John Lennon", "Paul McCartney",
            ])
    }

    @Test(.enabled(if: Paths.hasTestdata))
    func parlamintSwedishSpeechesAreUnlabelledLines() throws {
        // "utterance-id<TAB>text" lines: the id is no `Label:`, so the four speeches are one unlabelled turn.
        let url = Paths.testdata("transcripts/parlamint-se/ParlaMint-SE_2022-05-13-prot-202122--113.txt")
        let output = try TextReader.read(try Data(contentsOf: url), path: "p.txt", roles: SpeakerRoles())
        #expect(output.segments.count == 1)
        #expect(output.segments.first?.text.split(separator: "\n").count == 4)
        #expect(output.segments.first?.text.contains("Fru talman! Anders Åkesson") == true)
        #expect(output.encoding == "UTF-8")
    }
}
