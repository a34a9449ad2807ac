import Foundation
import TestSupport
import Testing

/// `tematik inspect` on the demo corpus: the right speakers and roles for every format.
@Suite(.scratch) struct InspectCommandTests {
    /// Each demo file with its interviewer and its respondents, as written in the transcript.
    static let speakers: [(file: String, interviewer: String, respondents: [String])] = [
        ("alvstads-kommun-it-strateg.txt", "Intervjuare", ["Respondent"]),
        ("backedals-kommun-forvaltningschef-socialtjanst.docx", "Intervjuare", ["Maria Håkansson"]),
        ("bergslunda-kommun-skolchef.srt", "Sofia Bergman", ["Anders Nyberg"]),
        ("granasens-kommun-skolchef.vtt", "Sara Blomqvist", ["Henrik Falk"]),
        ("kronvalls-stad-hr-chef.odt", "Intervjuare", ["Helena Strand"]),
        (
            "lovhamns-kommun-digitaliseringsstrateg-och-dataskyddsombud.docx", "Sofia Bergman",
            ["Annika Sjöberg", "Erik Nyström"]
        ),
        ("lovsta-kommun-utvecklingsledare-aldreomsorg.vtt", "Anders Wikström", ["Eva Nordin"]),
        ("norrbacka-kommun-kommundirektor.txt", "Intervjuare", ["Göran Eklund"]),
        ("sjoviks-kommun-it-chef.txt", "I", ["R"]),
        ("soderas-kommun-ekonomichef.txt", "Intervjuare", ["Petra Sandberg"]),
        ("tallmyra-kommun-kommundirektor.txt", "Intervjuare", ["Respondent"]),
        ("vasterhamns-stad-dataskyddsombud.docx", "Daniel Holm", ["Karin Holmgren"]),
    ]

    @Test(arguments: speakers.indices)
    func demoFileHasItsSpeakersAndRoles(_ index: Int) throws {
        let expected = Self.speakers[index]
        let outcome = try Tool.run(["inspect", "--json", "Corpus/" + expected.file])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        let segments = try #require(object?["segments"] as? [[String: Any]])
        var roles: [String: Set<String>] = [:]
        for segment in segments {
            guard let speaker = segment["speaker"] as? String, let role = segment["role"] as? String else { continue }
            roles[role, default: []].insert(speaker)
        }
        #expect(roles["interviewer"] == [expected.interviewer])
        #expect(roles["respondent"] == Set(expected.respondents))
        #expect(segments.count > 40)
        #expect(object?["id"] as? String == expected.file)
        #expect((object?["sha256"] as? String)?.count == 64)
    }

    @Test func timesOfSubtitleTurnsAreSecondsAndTextTurnsHaveNull() throws {
        let vtt = try Tool.run(["inspect", "--json", "Corpus/granasens-kommun-skolchef.vtt"])
        #expect(
            vtt.stdout.contains("\"start\" : 2,") || vtt.stdout.contains("\"start\" : 2.0"), "\(vtt.stdout.prefix(600))"
        )
        let txt = try Tool.run(["inspect", "--json", "Corpus/tallmyra-kommun-kommundirektor.txt"])
        #expect(txt.stdout.contains("\"start\" : null"))
    }

    @Test func windows1252FileIsReadWithAWarningNamingTheByte() throws {
        let outcome = try Tool.run(["inspect", "Corpus/alvstads-kommun-it-strateg.txt"])
        #expect(outcome.status == 0)
        #expect(
            outcome.stderr.hasPrefix(
                "Corpus/alvstads-kommun-it-strateg.txt:1:13: warning: not valid UTF-8 (byte 0x97 at offset 12)"))
        #expect(outcome.stdout.contains("Älvstads kommun"))
    }

    /// Several files are shown in turn; one that cannot be read is reported and the rest still shown.
    @Test func severalFilesAreShownAndABadOneDoesNotStopTheOthers() throws {
        let folder = try Tool.temporaryFolder()
        let broken = folder.appendingPathComponent("trasig.docx")
        try Data("PK not a zip".utf8).write(to: broken)
        let files = ["Corpus/granasens-kommun-skolchef.vtt", broken.path, "Corpus/tallmyra-kommun-kommundirektor.txt"]
        let outcome = try Tool.run(["inspect", "--json"] + files)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("trasig.docx"), "\(outcome.stderr)")
        let ids = outcome.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("  \"id\" : ") }
        #expect(
            ids == [
                "  \"id\" : \"granasens-kommun-skolchef.vtt\",", "  \"id\" : \"tallmyra-kommun-kommundirektor.txt\",",
            ], "\(ids)")
    }

    /// Files are read several at a time but shown in the order given: the output is the same for any
    /// number of jobs, warnings and errors included.
    @Test func outputIsTheSameForAnyNumberOfJobs() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: "Corpus")
            .filter { $0 != "metadata.csv" }.sorted().reversed().map { "Corpus/" + $0 }
        let one = try Tool.run(["inspect", "--jobs", "1"] + files + ["Corpus/metadata.csv"])
        #expect(one.status == 2, "metadata.csv is no transcript: \(one.stderr)")
        let shown = one.stdout.components(separatedBy: "\n").filter { $0.contains(", sha256 ") }
        #expect(shown.map { "Corpus/" + $0.prefix { $0 != " " } } == files)
        #expect(
            one.stderr.hasSuffix(
                "Corpus/metadata.csv: error: not a transcript format Tematik reads. "
                    + "Give a .txt, .md, .docx, .docm, .dotx, .odt, .vtt or .srt file.\n"))
        for jobs in ["2", "5"] {
            let many = try Tool.run(["inspect", "--jobs", jobs] + files + ["Corpus/metadata.csv"])
            #expect(many.status == one.status)
            #expect(many.stdout == one.stdout)
            #expect(many.stderr == one.stderr)
        }
    }
}
