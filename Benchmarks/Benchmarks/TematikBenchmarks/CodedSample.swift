import TematikCore

/// The sample text as coded documents, for the analysis benchmark: documents of 200 respondent turns,
/// coded with a codebook of `codeCount` codes.
enum CodedSample {
    static func make(_ sample: SampleText, codebook: Codebook) -> [CodedDocument] {
        let coder = Coder(codebook: codebook)
        return stride(from: 0, to: sample.segments.count, by: 200).map { start in
            let texts = sample.segments[start..<min(start + 200, sample.segments.count)]
            let segments = texts.enumerated().map { offset, text in
                Segment(index: offset, speaker: "Respondent", role: .respondent, text: text, line: offset + 1)
            }
            let document = Document(
                id: "document-\(start / 200)", format: .txt, sha256: "", encoding: "utf-8", segments: segments)
            return coder.code(document)
        }
    }
}
