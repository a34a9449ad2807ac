import Foundation

/// Text decoding for codebook files, which come from many tools and decades.
enum DictionaryText {
    /// UTF-8 without its byte-order mark, or `nil` if the bytes are not UTF-8.
    static func decodeUTF8(_ data: Data) -> String? {
        let bytes = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        return String(validating: bytes, as: UTF8.self)
    }

    /// UTF-8 if the bytes are UTF-8, else Windows-1252, which WordStat and older LIWC files use.
    ///
    /// Windows-1252 decodes every byte (the five undefined ones as C1 controls), so this never fails.
    static func decode(_ data: Data) -> String {
        if let text = decodeUTF8(data) { return text }
        return String(data.map { windows1252Scalar($0) }.map(Character.init))
    }

    /// The Unicode scalar of a Windows-1252 byte.
    private static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        let high: [UInt16] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
            0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
            0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        return Unicode.Scalar(high[Int(byte) - 0x80]) ?? Unicode.Scalar(byte)
    }

    /// The lines of `text`, split at CRLF, CR or LF, with their 1-based numbers.
    static func lines(_ text: String) -> [(number: Int, text: Substring)] {
        // CRLF is a single `Character`, so `isNewline` splits it once, as it does a lone CR or LF.
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated().map { ($0 + 1, $1) }
    }
}
