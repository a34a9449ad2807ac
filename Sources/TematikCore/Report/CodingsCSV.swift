/// The rows of `codings.csv`: one per coding, streamed document by document (``CodingsCSVSink``) because a
/// large corpus has millions.
enum CodingsCSV {
    static let header = [
        "document", "segment", "speaker", "role", "code", "theme", "pattern", "token_start",
        "token_end", "char_start", "char_end", "start_time", "matched_text",
    ]

    /// The fields that come from the codebook, quoted once for every row: code ids, themes, pattern sources.
    struct CodebookFields: Sendable {
        let codes: [[UInt8]]
        let themes: [[UInt8]]
        /// Per code, per pattern index.
        let patterns: [[[UInt8]]]

        init(_ codebook: Codebook) {
            let codes = codebook.codes
            self.codes = codes.map { CSVBytes.quoted($0.id) }
            themes = codes.map { CSVBytes.quoted($0.theme) }
            patterns = codes.map { $0.patterns.map { CSVBytes.quoted($0.source) } }
        }
    }

    /// The rows of one document's codings, in coding order, as UTF-8 bytes.
    ///
    /// `char_start`/`char_end` count Unicode scalars (code points) from the start of the segment's text,
    /// as Python's `str` indexes it; they are computed from the coding's UTF-8 byte range. A coding whose
    /// code, segment or byte range lies outside its document is skipped rather than guessed at.
    static func rows(_ coded: CodedDocument, fields: CodebookFields) -> [UInt8] {
        let segments = coded.document.segments
        let codings = coded.codings
        let document = CSVBytes.quoted(coded.document.id)
        var csv = CSVBytes()
        // A row is about 100 bytes (124 MB for 1.26 million codings in the 200 MB benchmark corpus).
        csv.reserveCapacity(codings.count * 128)
        var next = 0
        while next < codings.count {
            // The codings of one segment, which share its text, speaker and time.
            let segmentIndex = codings[next].segment
            var end = next + 1
            while end < codings.count, codings[end].segment == segmentIndex { end += 1 }
            defer { next = end }
            guard segments.indices.contains(segmentIndex) else { continue }
            let segment = segments[segmentIndex]
            var prefix = CSVBytes()
            prefix.quotedField(document)
            prefix.separator()
            prefix.field(segment.index)
            prefix.separator()
            prefix.field(segment.speaker ?? "")
            prefix.separator()
            prefix.field(segment.role.rawValue)
            prefix.separator()
            let start = CSVBytes.quoted(CSVWriter.seconds(segment.start))
            var text = segment.text
            text.withUTF8 { text in
                var scalars = ScalarCounter(text)
                for coding in codings[next..<end] {
                    guard fields.codes.indices.contains(coding.code), coding.bytes.lowerBound >= 0,
                        coding.bytes.upperBound <= text.count
                    else { continue }
                    csv.quotedField(prefix.bytes)
                    csv.quotedField(fields.codes[coding.code])
                    csv.separator()
                    csv.quotedField(fields.themes[coding.code])
                    csv.separator()
                    let patterns = fields.patterns[coding.code]
                    if patterns.indices.contains(coding.pattern) { csv.quotedField(patterns[coding.pattern]) }
                    csv.separator()
                    csv.field(coding.tokens.lowerBound)
                    csv.separator()
                    csv.field(coding.tokens.upperBound)
                    csv.separator()
                    csv.field(scalars.count(before: coding.bytes.lowerBound))
                    csv.separator()
                    csv.field(scalars.count(before: coding.bytes.upperBound))
                    csv.separator()
                    csv.quotedField(start)
                    csv.separator()
                    csv.field(UnsafeBufferPointer(rebasing: text[coding.bytes]))
                    csv.endRow()
                }
            }
        }
        return csv.bytes
    }
}

/// Counts the Unicode scalars before byte offsets of UTF-8 text, moving forward from the last offset asked
/// for, so that the codings of a segment, which come in text order, cost one pass over it.
struct ScalarCounter {
    private let text: UnsafeBufferPointer<UInt8>
    private var offset = 0
    private var scalars = 0

    init(_ text: UnsafeBufferPointer<UInt8>) { self.text = text }

    /// The number of scalars that start before byte `target` (at most the text's length).
    mutating func count(before target: Int) -> Int {
        if target < offset {
            offset = 0
            scalars = 0
        }
        let target = min(target, text.count)
        // Every byte that is not a continuation byte (10xxxxxx) starts a scalar: eight bytes at a time,
        // the continuation bytes marked in the low bit of each byte and counted, then the rest one by one.
        if let base = text.baseAddress {
            let raw = UnsafeRawPointer(base)
            while offset + 8 <= target {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                let continuations = (word >> 7) & ~(word >> 6) & 0x0101_0101_0101_0101
                scalars += 8 - continuations.nonzeroBitCount
                offset += 8
            }
        }
        while offset < target {
            if text[offset] & 0xC0 != 0x80 { scalars += 1 }
            offset += 1
        }
        return scalars
    }
}
