/// The rows of `codings.csv`: one per coding, streamed document by document (``CodingsCSVSink``) because a
/// large corpus has millions.
enum CodingsCSV {
    static let header = [
        "document", "segment", "speaker", "role", "code", "theme", "pattern", "token_start",
        "token_end", "char_start", "char_end", "start_time", "matched_text",
    ]

    /// Appends the rows of one document's codings, in coding order.
    ///
    /// `char_start`/`char_end` count Unicode scalars (code points) from the start of the segment's text,
    /// as Python's `str` indexes it; they are computed from the coding's UTF-8 byte range. A coding whose
    /// code, segment or byte range lies outside its document is skipped rather than guessed at.
    static func append(_ coded: CodedDocument, codebook: Codebook, to sink: inout FileSink) throws {
        let codes = codebook.codes
        let segments = coded.document.segments
        var cachedSegment = -1
        var bytes: [UInt8] = []
        var scalarsBefore: [Int] = []
        for coding in coded.codings {
            guard codes.indices.contains(coding.code), segments.indices.contains(coding.segment) else { continue }
            let segment = segments[coding.segment]
            if coding.segment != cachedSegment {
                cachedSegment = coding.segment
                bytes = Array(segment.text.utf8)
                scalarsBefore = scalarOffsets(bytes)
            }
            guard coding.bytes.lowerBound >= 0, coding.bytes.upperBound <= bytes.count,
                coding.bytes.lowerBound <= coding.bytes.upperBound
            else { continue }
            let code = codes[coding.code]
            let pattern = code.patterns.indices.contains(coding.pattern) ? code.patterns[coding.pattern].source : ""
            let matched = String(decoding: bytes[coding.bytes], as: UTF8.self)
            try sink.append(
                CSVWriter.row([
                    coded.document.id, String(segment.index), segment.speaker ?? "", segment.role.rawValue,
                    code.id, code.theme, pattern, String(coding.tokens.lowerBound), String(coding.tokens.upperBound),
                    String(scalarsBefore[coding.bytes.lowerBound]), String(scalarsBefore[coding.bytes.upperBound]),
                    CSVWriter.seconds(segment.start), matched,
                ]))
        }
    }

    /// For every byte offset 0...count, the number of Unicode scalars that start before it.
    static func scalarOffsets(_ bytes: [UInt8]) -> [Int] {
        var offsets = [Int](repeating: 0, count: bytes.count + 1)
        var scalars = 0
        for (i, byte) in bytes.enumerated() {
            offsets[i] = scalars
            // Every byte that is not a continuation byte (10xxxxxx) starts a scalar.
            if byte & 0xC0 != 0x80 { scalars += 1 }
        }
        offsets[bytes.count] = scalars
        return offsets
    }
}
