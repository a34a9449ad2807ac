@testable import TematikCore

/// A small corpus built in code, with codings placed by hand, whose counts are worked out in the tests.
///
/// Codes (index: id, theme, patterns):
/// 0 comp.shortage (comp) ["kompetensbrist*", "brist på kompetens"]; 1 comp.training (comp) ["utbild*", "fortbild*"];
/// 2 law.gdpr (law) ["gdpr"]; 3 law.rules (law) ["lag*", "regler"].
///
/// ```
/// a.txt  size=small
///   0 Intervjuare (interviewer) "Berättar du om utbildning?"                 4 words, not a unit
///   1 Anna  "Vi har kompetensbrist. Utbildning saknas helt."                   6 words: shortage@2 training@3
///   2 Intervjuare (interviewer) "Och lagen?"                                  2 words, not a unit
///   3 Anna  "Lagen är lagom tydlig.\nGDPR styr allt."                         7 words: rules@0 rules@2 gdpr@4
/// b.md   size=large
///   0 Intervjuare (interviewer) "Hur går det?"                                3 words, not a unit
///   1 Bo    "Det finns brist på kompetens och utbildning hjälper."            8 words: shortage@2..<5 training@6
///   2 Cia   "Regler och GDPR."                                                3 words: rules@0 gdpr@2
/// c.txt  size="  " (counts as missing)
///   0 (none) "Ingen kommentar om detta."                                      4 words, uncoded
///   1 (none) "Utbildning, utbildning!"                                        2 words: training@0 training@1
/// ```
/// Unit segments 6, unit words 6 + 7 + 8 + 3 + 4 + 2 = 30; all words 30 + 4 + 2 + 3 = 39.
enum AnalysisFixture {
    static let codebook = Codebook(
        name: "Test", version: "1", language: "sv",
        themes: [
            theme(
                "comp",
                [
                    code("comp.shortage", "comp", ["kompetensbrist*", "brist på kompetens"]),
                    code("comp.training", "comp", ["utbild*", "fortbild*"]),
                ]),
            theme("law", [code("law.gdpr", "law", ["gdpr"]), code("law.rules", "law", ["lag*", "regler"])]),
        ],
        sha256: "")

    static let documents: [CodedDocument] = [
        // Given out of order on purpose: the analysis sorts by id.
        document(
            "c.txt", format: .txt, attributes: ["size": "  "],
            [
                (nil, .respondent, "Ingen kommentar om detta.", []),
                (nil, .respondent, "Utbildning, utbildning!", [(1, 0, 0, 1), (1, 0, 1, 1)]),
            ]),
        document(
            "a.txt", format: .txt, attributes: ["size": "small"],
            [
                ("Intervjuare", .interviewer, "Berättar du om utbildning?", []),
                ("Anna", .respondent, "Vi har kompetensbrist. Utbildning saknas helt.", [(0, 0, 2, 1), (1, 0, 3, 1)]),
                ("Intervjuare", .interviewer, "Och lagen?", []),
                (
                    "Anna", .respondent, "Lagen är lagom tydlig.\nGDPR styr allt.",
                    [(3, 0, 0, 1), (3, 0, 2, 1), (2, 0, 4, 1)]
                ),
            ]),
        document(
            "b.md", format: .md, attributes: ["size": "large"],
            [
                ("Intervjuare", .interviewer, "Hur går det?", []),
                (
                    "Bo", .respondent, "Det finns brist på kompetens och utbildning hjälper.",
                    [(0, 1, 2, 3), (1, 0, 6, 1)]
                ),
                ("Cia", .respondent, "Regler och GDPR.", [(3, 1, 0, 1), (2, 0, 2, 1)]),
            ]),
    ]

    static func theme(_ id: String, _ codes: [Code]) -> Theme {
        Theme(id: id, label: LocalizedText(["sv": id]), description: LocalizedText([:]), color: nil, codes: codes)
    }

    static func code(_ id: String, _ theme: String, _ patterns: [String]) -> Code {
        Code(
            id: id, theme: theme, label: LocalizedText(["sv": id]),
            patterns: patterns.compactMap { try? Pattern.parse($0).get() },
            location: SourceLocation(file: "test.yaml"))
    }

    /// A coded document: each turn is (speaker, role, text, codings as (code, pattern, first token, token
    /// count)); respondent turns are the units; token and byte ranges come from the tokenizer.
    static func document(
        _ id: String, format: DocumentFormat = .txt, attributes: [String: String] = [:],
        _ turns: [(String?, Role, String, [(Int, Int, Int, Int)])]
    ) -> CodedDocument {
        var segments: [Segment] = []
        var codings: [Coding] = []
        for (index, (speaker, role, text, marks)) in turns.enumerated() {
            segments.append(
                Segment(
                    index: index, speaker: speaker, role: role, text: text, line: index + 1,
                    start: Double(index * 10)))
            let tokens = Tokenizer.tokens(in: text)
            for (code, pattern, first, count) in marks {
                let range = first..<(first + count)
                let bytes = tokens[first].bytes.lowerBound..<tokens[first + count - 1].bytes.upperBound
                codings.append(Coding(segment: index, code: code, pattern: pattern, tokens: range, bytes: bytes))
            }
        }
        return CodedDocument(
            document: Document(
                id: id, format: format, sha256: "", encoding: "UTF-8", attributes: attributes,
                segments: segments),
            wordCounts: segments.map { Tokenizer.tokens(in: $0.text).count },
            isUnit: segments.map { $0.role == .respondent },
            codings: codings.sorted {
                ($0.segment, $0.tokens.lowerBound, $0.code) < ($1.segment, $1.tokens.lowerBound, $1.code)
            })
    }
}
