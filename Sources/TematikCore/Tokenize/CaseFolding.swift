import Foundation

/// The slow, general case folding: for tokens with a character outside Latin-1 or a combining mark.
enum CaseFolding {
    /// The folded UTF-8 of `text`: lower-cased (Unicode full lower-case mapping, no locale), then put in
    /// NFC so that `a` + U+030A folds like `å`, and `’` written as `'` so both apostrophes match alike.
    ///
    /// Lower-casing commutes with canonical equivalence, so composed and decomposed input give one result.
    static func fold(_ text: Substring) -> [UInt8] {
        let lowered = text.lowercased().precomposedStringWithCanonicalMapping.utf8
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lowered.count)
        var index = lowered.startIndex
        while index != lowered.endIndex {
            let rest = lowered[index...]
            if rest.starts(with: [0xE2, 0x80, 0x99]) {  // U+2019 RIGHT SINGLE QUOTATION MARK
                bytes.append(UInt8(ascii: "'"))
                index = lowered.index(index, offsetBy: 3)
            } else {
                bytes.append(lowered[index])
                index = lowered.index(after: index)
            }
        }
        return bytes
    }
}
