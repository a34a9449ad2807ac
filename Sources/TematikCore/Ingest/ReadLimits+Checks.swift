import Foundation

extension ReadLimits {
    /// Throws when a line of `data`, the raw bytes of a text or subtitle file, is longer than
    /// ``maxLineLength`` bytes; the error names the line. Runs before decoding, so that a 100 MB line
    /// is refused before any copy of it is made.
    /// - Complexity: O(n) in the bytes, with no allocation.
    func checkLines(_ data: Data, path: String) throws {
        let limit = maxLineLength
        // No line of a file that is not longer than the limit can be.
        guard data.count > limit else { return }
        let long: (line: Int, length: Int)? = data.withUnsafeBytes { bytes in
            var line = 1
            var lineStart = 0
            for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                if offset - lineStart > limit { return (line, offset - lineStart) }
                // The LF of a CRLF ends the line its CR already ended.
                if byte == UInt8(ascii: "\r") || offset == 0 || bytes[offset - 1] != UInt8(ascii: "\r") { line += 1 }
                lineStart = offset + 1
            }
            return bytes.count - lineStart > limit ? (line, bytes.count - lineStart) : nil
        }
        guard let long else { return }
        throw ReadLimits.exceeded(
            SourceLocation(file: path, line: long.line), "line \(long.line) is \(long.length) bytes long and",
            limit: "\(limit) bytes", flag: "--max-line-kib")
    }

    /// Throws when `segments` are more than ``maxSegments``, or one has more than ``maxTokensPerSegment``
    /// runs of letters and digits (see the type's documentation for why runs stand in for tokens).
    func checkSegments(_ segments: [Segment], path: String) throws {
        if segments.count > maxSegments {
            throw ReadLimits.exceeded(
                SourceLocation(file: path), "the document's \(segments.count) segments",
                limit: "\(maxSegments) segments", flag: "--max-segments")
        }
        // A token takes at least one byte, so only a segment longer than the limit in bytes can pass it.
        for segment in segments where segment.text.utf8.count > maxTokensPerSegment {
            let runs = ReadLimits.wordRuns(in: segment.text)
            guard runs > maxTokensPerSegment else { continue }
            throw ReadLimits.exceeded(
                SourceLocation(file: path, line: segment.line), "the \(runs) words of segment \(segment.index + 1)",
                limit: "\(maxTokensPerSegment) tokens per segment", flag: "--max-segment-tokens")
        }
    }

    /// The number of maximal runs of letters and digits in `text`.
    static func wordRuns(in text: String) -> Int {
        var runs = 0
        var inRun = false
        for scalar in text.unicodeScalars {
            // ASCII's letters and digits are its only alphabetic and numeric scalars; looking the properties
            // up costs more than the rest of the loop.
            let isWord =
                scalar.isASCII
                ? (0x61...0x7A).contains(scalar.value | 0x20) || (0x30...0x39).contains(scalar.value)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWord, !inRun { runs += 1 }
            inRun = isWord
        }
        return runs
    }
}
