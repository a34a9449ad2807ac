/// Splits text into tokens. (Placeholder until the byte scanner lands: letters and digits only.)
public enum Tokenizer {
    /// The tokens of `text`, in order.
    public static func tokens(in text: String) -> [Token] {
        var tokens: [Token] = []
        var start: Int?
        var offset = 0
        for scalar in text.unicodeScalars {
            let isWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWord, start == nil { start = offset }
            if !isWord, let s = start {
                tokens.append(Token(bytes: s..<offset))
                start = nil
            }
            offset += String(scalar).utf8.count
        }
        if let s = start { tokens.append(Token(bytes: s..<offset)) }
        return tokens
    }

    /// The case-folded form of a word, as patterns are matched against it.
    public static func folded(_ word: Substring) -> String { word.lowercased() }
}
