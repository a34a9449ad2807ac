import Foundation
import TematikCore
import TestSupport

/// A tiny hand-made coded corpus and codebook, analysed through ``Analysis/analyze``, for the report tests.
enum ReportFixture {
    static func pattern(_ source: String) -> Pattern {
        guard case .success(let pattern) = Pattern.parse(source) else { return Pattern(source: source, words: []) }
        return pattern
    }

    static func codebook(themeLabel: String = "Kompetens") -> Codebook {
        let here = SourceLocation(file: "test.yaml")
        let competence = Theme(
            id: "competence", label: LocalizedText(["sv": themeLabel, "en": "Competence"]),
            description: LocalizedText(["sv": "Kunskap och utbildning kring AI.", "en": "Knowledge and training."]),
            color: "#4e79a7",
            codes: [
                Code(
                    id: "competence.shortage", theme: "competence",
                    label: LocalizedText(["sv": "Kompetensbrist", "en": "Skills shortage"]),
                    patterns: [pattern("kompetensbrist*"), pattern("brist på kompetens")], location: here),
                Code(
                    id: "competence.training", theme: "competence",
                    label: LocalizedText(["sv": "Utbildning", "en": "Training"]),
                    patterns: [pattern("utbild*"), pattern("workshop*")], location: here),
            ])
        let law = Theme(
            id: "law", label: LocalizedText(["sv": "Juridik", "en": "Law"]), description: LocalizedText([:]),
            color: nil,
            codes: [
                Code(
                    id: "law.gdpr", theme: "law", label: LocalizedText(["sv": "GDPR", "en": "GDPR"]),
                    patterns: [pattern("gdpr"), pattern("gdpr enkelt")], location: here)
            ])
        return Codebook(
            name: "Testbok", version: "1.0", language: "sv", themes: [competence, law],
            sha256: String(repeating: "ab", count: 32))
    }

    /// A coding of `match` (its first occurrence in `text`) with code `code` and pattern `pattern`.
    static func coding(_ text: String, _ match: String, segment: Int, code: Int, pattern: Int) -> Coding {
        let bytes = Array(text.utf8), needle = Array(match.utf8)
        let start = (0...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle } ?? 0
        let end = start + needle.count
        let tokens = Tokenizer.tokens(in: text)
        let first = tokens.firstIndex { $0.bytes.lowerBound >= start } ?? 0
        let last = tokens.lastIndex { $0.bytes.upperBound <= end } ?? first
        return Coding(
            segment: segment, code: code, pattern: pattern, tokens: first..<(last + 1),
            bytes: tokens[first].bytes.lowerBound..<tokens[last].bytes.upperBound)
    }

    static func coded(_ document: Document, _ codings: [Coding]) -> CodedDocument {
        CodedDocument(
            document: document,
            wordCounts: document.segments.map { Tokenizer.tokens(in: $0.text).count },
            isUnit: document.segments.map { $0.role == .respondent },
            codings: codings.sorted {
                ($0.segment, $0.tokens.lowerBound, $0.code)
                    < ($1.segment, $1.tokens.lowerBound, $1.code)
            })
    }

    static func documents(
        speaker: String = "Anna", id: String = "a/intervju1.txt",
        extraText: String = ""
    ) -> [CodedDocument] {
        let t1 = "Vi har kompetensbrist, och utbildning saknas. GDPR är svårt." + extraText
        let t2 = "Utbildning i GDPR, \"enkelt\" sa de.\nBrist\npå kompetens också."
        let first = Document(
            id: id, format: .txt, sha256: String(repeating: "01", count: 32), encoding: "UTF-8",
            attributes: ["size": "small"],
            segments: [
                Segment(
                    index: 0, speaker: "Intervjuare", role: .interviewer, text: "Hur ser det ut med utbildning?",
                    line: 1),
                Segment(index: 1, speaker: speaker, role: .respondent, text: t1, line: 2),
                Segment(index: 2, speaker: speaker, role: .respondent, text: t2, line: 4),
            ])
        let t3 = "Kompetensbristen är stor i Åmål, men workshops hjälper."
        let second = Document(
            id: "b/möte.vtt", format: .vtt, sha256: String(repeating: "02", count: 32), encoding: "UTF-8",
            attributes: ["size": "large"],
            segments: [
                Segment(index: 0, speaker: "Åsa Öberg", role: .respondent, text: t3, line: 3, start: 63.5, end: 70),
                Segment(index: 1, speaker: nil, role: .respondent, text: "Inget om det här.", line: 7, start: 3725),
            ])
        return [
            coded(
                first,
                [
                    coding(t1, "kompetensbrist", segment: 1, code: 0, pattern: 0),
                    coding(t1, "utbildning", segment: 1, code: 1, pattern: 0),
                    coding(t1, "GDPR", segment: 1, code: 2, pattern: 0),
                    coding(t2, "Utbildning", segment: 2, code: 1, pattern: 0),
                    coding(t2, "GDPR, \"enkelt", segment: 2, code: 2, pattern: 1),
                    coding(t2, "Brist\npå kompetens", segment: 2, code: 0, pattern: 1),
                ]),
            coded(
                second,
                [
                    coding(t3, "Kompetensbristen", segment: 0, code: 0, pattern: 0),
                    coding(t3, "workshops", segment: 0, code: 1, pattern: 1),
                ]),
        ]
    }

    /// The report input of `documents`, with their `codings.csv` written to a fresh temporary file.
    static func input(
        language: ReportLanguage = .sv, documents: [CodedDocument] = documents(),
        codebook: Codebook = codebook(), epoch: Int? = nil
    ) throws -> ReportInput {
        var accumulator = AnalysisAccumulator(codebook: codebook)
        var codings = try CodingsCSVSink(directory: try temporaryDirectory(), codebook: codebook)
        for document in documents {
            accumulator.add(document)
            try codings.append(document)
        }
        return ReportInput(
            result: accumulator.result(), documents: accumulator.documents, codings: try codings.finish(),
            codebook: codebook, language: language, toolVersion: "0.1.0",
            manifest: ManifestData(
                codebookPath: "Codebooks/test.yaml",
                otherInputs: [
                    ManifestInput(
                        path: "metadata.csv",
                        sha256: String(repeating: "03", count: 32))
                ],
                includeInterviewer: false, interviewerLabels: ["Intervjuare", "I"]),
            sourceDateEpoch: epoch)
    }

    /// A fresh empty folder in the running test's scratch folder, removed when the test ends (the suite
    /// needs the `.scratch` trait).
    static func temporaryDirectory() throws -> URL {
        try Scratch.folder("report")
    }
}
