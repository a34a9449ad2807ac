import Foundation
import Testing

@testable import TematikCore

struct SubtitleReaderTests {
    private func read(_ text: String, format: DocumentFormat = .vtt, roles: SpeakerRoles = SpeakerRoles()) throws
        -> ReaderOutput
    {
        try SubtitleReader.read(Data(text.utf8), path: "s.\(format.rawValue)", format: format, roles: roles)
    }

    private func testdata(_ path: String, format: DocumentFormat = .vtt) throws -> ReaderOutput {
        let data = try Data(contentsOf: Paths.testdata("subtitles/" + path))
        return try SubtitleReader.read(data, path: path, format: format, roles: SpeakerRoles())
    }

    @Test func voiceTagsMergeConsecutiveCuesOfOneSpeaker() throws {
        let text = """
            WEBVTT
            Kind: captions

            NOTE a comment
            that spans lines

            STYLE
            ::cue { color: red }

            intro
            00:00:01.000 --> 00:00:02.000 align:start
            <v Karin>Hej <b>och</b>
            välkommen.</v>

            00:00:02.500 --> 00:00:04.000
            <v Karin>Vi börjar.

            00:00:04.000 --> 00:00:05.250
            <v.loud Olle Ek><i>Tack</i> &amp; hej&nbsp;där &#229;&#x0E4;.

            00:00:06.000 --> 00:00:07.000
            <c.yellow>Utan</c> <00:00:06.500>talare.
            """
        let output = try read(text, roles: SpeakerRoles(interviewerNames: ["Karin"]))
        #expect(
            output.segments == [
                Segment(
                    index: 0, speaker: "Karin", role: .interviewer, text: "Hej och välkommen. Vi börjar.", line: 1,
                    start: 1, end: 4),
                // A cue without a speaker continues the turn before it.
                Segment(
                    index: 1, speaker: "Olle Ek", role: .respondent, text: "Tack & hej där åä. Utan talare.", line: 3,
                    start: 4, end: 7),
            ])
        #expect(output.warnings.isEmpty)
        #expect(output.encoding == "UTF-8")
    }

    @Test func namePrefixesAreSpeakersWhenRepeatedOrKnown() throws {
        let text =
            "1\n00:00:01,000 --> 00:00:02,000\nLisa: Hej.\n\n2\n00:00:02,000 --> 00:00:03,000\nObs: inte en talare.\n\n"
            + "3\n00:00:03,000 --> 00:00:04,000\nLisa: Igen.\n\n4\n00:00:04,000 --> 00:00:05,000\nI: Fråga?\n"
        #expect(
            try read(text, format: .srt).segments == [
                Segment(index: 0, speaker: "Lisa", role: .respondent, text: "Hej.", line: 1, start: 1, end: 2),
                Segment(
                    index: 1, speaker: nil, role: .respondent, text: "Obs: inte en talare.", line: 2, start: 2, end: 3),
                Segment(index: 2, speaker: "Lisa", role: .respondent, text: "Igen.", line: 3, start: 3, end: 4),
                Segment(index: 3, speaker: "I", role: .interviewer, text: "Fråga?", line: 4, start: 4, end: 5),
            ])
    }

    @Test func teamsGraphTimesAreReadWithOneWarning() throws {
        let text = "WEBVTT\n\n0:0:0.0 --> 0:0:5.320\n<v Anna>Hej.</v>\n\n0:0:5.320 --> 0:0:7.5\n<v Anna>Igen.</v>\n"
        let output = try read(text)
        #expect(
            output.segments == [
                Segment(index: 0, speaker: "Anna", role: .respondent, text: "Hej. Igen.", line: 1, start: 0, end: 7.5)
            ])
        #expect(
            output.warnings.map(\.description) == [
                "s.vtt:3: warning: 4 cue times not in the form hh:mm:ss.ttt (first: '0:0:0.0'); read leniently. "
                    + "No action needed if the times are right; a strict player may reject this file."
            ])
    }

    @Test func commaFractionsAndBackwardsCuesInWebVTTWarn() throws {
        let text = "WEBVTT\n\n00:00:05,000 --> 00:00:06,000\nEtt.\n\n00:00:09.000 --> 00:00:08.000\nTvå.\n"
        let output = try read(text)
        #expect(output.segments.map(\.end) == [6, 9])
        #expect(output.warnings.map(\.location.line) == [3, 6])
        #expect(
            output.warnings.map(\.problem) == [
                "2 cue times with a decimal comma, as in SRT; read leniently",
                "cue ends (8.0 s) before it starts (9.0 s); its end is set to its start",
            ])
    }

    @Test func utf16WithBOM() throws {
        let text = "WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\n<v Å>Hå.\r\n"
        let data = Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let output = try SubtitleReader.read(data, path: "u.vtt", format: .vtt, roles: SpeakerRoles())
        #expect(
            output.segments == [
                Segment(index: 0, speaker: "Å", role: .respondent, text: "Hå.", line: 1, start: 1, end: 2)
            ])
        #expect(output.encoding == "UTF-16LE")
    }

    @Test func vttWithoutHeaderIsAnErrorUnlessItIsSRT() throws {
        #expect(
            throws: Diagnostic(
                .error, SourceLocation(file: "s.vtt", line: 1), "no 'WEBVTT' header, so this is not a WebVTT file",
                fix: "Check that the file is a subtitle export; a WebVTT file starts with the line 'WEBVTT'.")
        ) {
            try read("Intervjuare: hej\n")
        }
        let output = try read("1\n00:00:01,000 --> 00:00:02,000\nHej.\n")
        #expect(output.segments.map(\.text) == ["Hej."])
        #expect(output.warnings.map(\.problem) == ["no 'WEBVTT' header but SRT cues; read as SRT"])
    }

    @Test func noCuesIsAnError() {
        #expect(
            throws: Diagnostic(
                .error, SourceLocation(file: "s.vtt"), "no cue with text in this subtitle file",
                fix: "Check that the export contains the transcript.")
        ) {
            try read("WEBVTT\n\nNOTE nothing here\n")
        }
    }

    @Test(
        .enabled(if: Paths.hasTestdata),
        arguments: [
            ("with-annotation", "Mary", "No way!"), ("with-closing-span", "Joe", "Hee! Hee!"),
            ("with-subclass", "Joe", "That's awesome!"), ("with-two-subclasses", "Joe", "That's awesome!"),
        ])
    func vttjsVoices(_ name: String, _ speaker: String, _ text: String) throws {
        let output = try testdata("vtt.js/cuetext/voice/\(name).vtt")
        #expect(
            output.segments == [
                Segment(index: 0, speaker: speaker, role: .respondent, text: text, line: 1, start: 0, end: 2)
            ])
    }

    /// vtt.js's processed text (`-proc.json` `textContent`) where Tematik agrees, and where it departs:
    /// `&nbsp;` becomes a plain space and `&lrm;`/`&rlm;` are dropped (see ``CueText``).
    @Test(
        .enabled(if: Paths.hasTestdata),
        arguments: [
            ("amp", "Some text & other stuff."),
            ("gt", "Everyone likes the '>' sign right?"),
            ("lt", "Not so much the '<' sign though."),
            ("incorrect", "&l &g; &nbsp &am; &lt &gt &nbs &nbs; &g; &lr;"),
            ("nbsp", "Did you know I didn't put a space here?"),  // vtt.js: U+00A0
            ("lrm", "This should be . Correct?"),  // vtt.js: U+200E kept
            ("together", "Some text < &> < &nb &am< &lr other stuff."),  // vtt.js keeps U+00A0, U+200F, U+200E
        ])
    func vttjsEscapes(_ name: String, _ text: String) throws {
        #expect(try testdata("vtt.js/cuetext/escape-characters/\(name).vtt").segments.map(\.text) == [text])
    }

    @Test(.enabled(if: Paths.hasTestdata))
    func vttjsSpecExampleMergesTurns() throws {
        let output = try testdata("vtt.js/integration/spec-example.vtt")
        #expect(
            output.segments.map(\.speaker) == [
                "Roger Bingham", "Neil deGrasse Tyson", "Roger Bingham", "Neil deGrasse Tyson", "Roger Bingham",
            ])
        #expect(output.segments.map(\.line) == [1, 10, 11, 12, 13])
        #expect(output.segments[0].start == 11)
        #expect(output.segments[0].end == 31.5)
        #expect(output.segments[3].text == "Laughs")
    }

    /// vtt.js drops a cue whose minutes have three digits (`00:000.000`); Tematik reads it with a warning.
    @Test(.enabled(if: Paths.hasTestdata))
    func vttjsBadTimesAreLenient() throws {
        let output = try testdata("vtt.js/cue-times/min-mid-digits.vtt")
        #expect(
            output.segments == [
                Segment(index: 0, speaker: nil, role: .respondent, text: "Text", line: 1, start: 0, end: 2)
            ])
        #expect(output.warnings.count == 1)
    }

    @Test(.enabled(if: Paths.hasTestdata))
    func zoomNamePrefixes() throws {
        let output = try testdata("zoomgroupstats/meeting001_transcript.vtt")
        #expect(
            output.segments.prefix(3) == [
                Segment(
                    index: 0, speaker: "Andrew Knight", role: .respondent,
                    text: "Okay, so we're recording. We're streaming We have that setup. Okay. "
                        + "It's like Mary Kate's here. I'll let her in. Gonna make her a host to",
                    line: 1, start: 4.859, end: 21.24),
                Segment(
                    index: 1, speaker: "Paul McCartney", role: .respondent,
                    text: "She just got back from a vacation or something.", line: 5, start: 24, end: 26.07),
                Segment(
                    index: 2, speaker: "George Harrison", role: .respondent,
                    text: "Mary Kate. I think she was on a vacation for a while.", line: 6, start: 27.33, end: 31.11),
            ])
        #expect(output.warnings.isEmpty)
    }

    @Test(.enabled(if: Paths.hasTestdata), arguments: ["SF1310A-B.1.mpg.srt", "SF1781B.1.mpg.srt"])
    func swedishNewsreelSRT(_ file: String) throws {
        let output = try testdata("journal-digital-sv/" + file, format: .srt)
        #expect(output.segments.count > 5)
        #expect(output.warnings.isEmpty)
        #expect(output.segments.allSatisfy { $0.start != nil && $0.end != nil && !$0.text.isEmpty })
    }

    @Test(
        .enabled(if: Paths.hasTestdata),
        arguments: [
            "pysrt/bom-utf-8.srt", "pysrt/no-indexes.srt", "pysrt/utf-8.srt", "srt/ascii.srt", "webvtt-py/sample.srt",
        ])
    func otherSRTFilesRead(_ file: String) throws {
        #expect(try !testdata(file, format: .srt).segments.isEmpty)
    }

    @Test(
        .enabled(if: Paths.hasTestdata),
        arguments: [
            "webvtt-py/sample.vtt", "webvtt-py/comments.vtt", "webvtt-py/styles.vtt", "webvtt-py/regions.vtt",
            "webvtt-py/metadata_headers.vtt", "webvtt-py/youtube_dl.vtt", "webvtt-py/using_identifiers.vtt",
            "webvtt-py/cue_tags.vtt", "wpt-webvtt/ids.vtt", "wpt-webvtt/timings-omitted-hours.vtt",
        ])
    func otherVTTFilesRead(_ file: String) throws {
        let output = try testdata(file)
        #expect(!output.segments.isEmpty)
        #expect(output.segments.allSatisfy { !$0.text.contains("<") && !$0.text.contains("-->") })
    }
}
