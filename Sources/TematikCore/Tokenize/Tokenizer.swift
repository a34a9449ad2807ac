/// Splits segment text into tokens (words) and folds their case.
///
/// The rules, each tested in `TokenizerTests`:
///
/// 1. **Word characters** are the letters and digits of every script: Unicode General Category L
///    (Latin, Greek, Cyrillic, Arabic, Hebrew, Hangul, kana, …) or N (`0`–`9`, other decimal digits,
///    `²`, `½`, Roman numerals). A token is a maximal run of them: `Kraftsamling`, `2024`, `Москва`.
/// 2. **Joiners** `-`, `'`, `’` and `:` stay inside a token when a word character comes right before
///    and right after them: `AI-strategin`, `AI:s`, `e-tjänst`, `it's`. Digits count as word characters
///    here too, so `2024-05-29`, `AI-2030` and `10:30` are one token each. A joiner at a token's edge,
///    or two in a row, ends the token: `AI- och` → `AI`, `och`; `a--b` → `a`, `b`.
/// 3. **Combining marks** (General Category M) belong to the token they follow: `e` + U+0301 is one
///    token with the mark. A mark with no token before it is skipped.
/// 4. **CJK ideographs** (property Ideographic) are one token each, with any marks after them, because
///    Chinese and Japanese write no spaces: `人工智能` → four tokens. Kana, Hangul, Thai and other
///    scripts follow rule 1 (a run is one token).
/// 5. **Everything else ends a token and is not part of one**: spaces, punctuation (`.`, `,`, `/`,
///    `@`, `–`, `”`), symbols, emoji (also inside a word: `bra👍bra` → `bra`, `bra`), controls, and
///    format characters such as ZWJ. So URLs and e-mail addresses split at `:` + `/`, `.`, `/` and `@`:
///    `https://www.kommun.se/ai-plan` → `https`, `www`, `kommun`, `se`, `ai-plan`;
///    `anna.berg@kommun.se` → `anna`, `berg`, `kommun`, `se`.
///
/// **Folding** (the form patterns are matched against): a token of ASCII and Latin-1 characters is
/// lower-cased byte by byte (`A`–`Z` → `a`–`z`, `À`–`Þ` → `à`–`þ`; `ß`, `µ`, `ÿ` unchanged); any other
/// token is lower-cased with Unicode's full mapping and put in NFC, so decomposed `a` + U+030A folds
/// to the same bytes as `å`. In both paths `’` folds to `'`.
///
/// Every token keeps its UTF-8 byte range in the text it came from, for quotes and KWIC lines.
public enum Tokenizer {
    /// The tokens of `text`, in order.
    ///
    /// A convenience over ``TokenBuffer``, which hot paths reuse so as not to allocate per text.
    /// - Complexity: O(*n*) in the UTF-8 length of `text`.
    public static func tokens(in text: String) -> [Token] {
        var buffer = TokenBuffer()
        buffer.tokenize(text)
        return buffer.tokens
    }

    /// The case-folded form of a word, as patterns are matched against it (see the folding rule above).
    ///
    /// The word is folded as one token, whatever characters it holds.
    public static func folded(_ word: Substring) -> String {
        String(decoding: foldedBytes(word), as: UTF8.self)
    }

    /// The folded UTF-8 bytes of `word`, taking the Latin-1 fast path when every character allows it.
    static func foldedBytes(_ word: Substring) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.utf8.count)
        for scalar in word.unicodeScalars {
            switch scalar.value {
            case 0..<0x80:
                bytes.append(ByteClass.latin1Lower[Int(scalar.value)])
            case 0x80..<0x100:
                let folded = ByteClass.latin1Lower[Int(scalar.value)]
                bytes.append(0xC0 | folded >> 6)
                bytes.append(0x80 | folded & 0x3F)
            case 0x2019:
                bytes.append(UInt8(ascii: "'"))
            default:
                return CaseFolding.fold(word)
            }
        }
        return bytes
    }
}
