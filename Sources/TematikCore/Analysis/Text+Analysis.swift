extension String {
    /// Whether `self` comes before `other` comparing UTF-8 bytes: the order every id and word list is
    /// sorted in, independent of locale and of Unicode collation.
    func precedesInBytes(_ other: String) -> Bool {
        utf8.lexicographicallyPrecedes(other.utf8)
    }

    /// The text at UTF-8 byte offsets `bytes`, clamped to the string.
    func slice(bytes: Range<Int>) -> Substring {
        let count = utf8.count
        let lower = Swift.min(Swift.max(bytes.lowerBound, 0), count)
        let upper = Swift.min(Swift.max(bytes.upperBound, lower), count)
        let start = utf8.index(startIndex, offsetBy: lower)
        let end = utf8.index(start, offsetBy: upper - lower)
        return self[start..<end]
    }
}

extension Substring {
    /// The text with tabs, carriage returns and line breaks shown as spaces, so a quote stays on one line.
    /// Replaces byte for byte (each of the three is one ASCII byte), so UTF-8 offsets into the text stay valid.
    var onOneLine: String {
        let isBreak = { (byte: UInt8) in byte == 0x0A || byte == 0x0D || byte == 0x09 }
        guard utf8.contains(where: isBreak) else { return String(self) }
        return String(decoding: utf8.map { isBreak($0) ? 0x20 : $0 }, as: UTF8.self)
    }
}

enum MatchedText {
    /// The folded form of a matched passage, with each run of whitespace as one space: the key under which
    /// top words and the audit count matches (`Brist  på\nkompetens` → `brist på kompetens`).
    static func folded(_ text: Substring) -> String {
        Tokenizer.folded(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
