/// What one Unicode scalar is to the tokenizer; see ``Tokenizer`` for the rules built on it.
enum ScalarClass: UInt8, Sendable {
    /// A letter or digit of any script (General Category L or N) that joins its neighbours into a word.
    case word
    /// A CJK ideograph (Unicode property Ideographic): a word on its own, because those scripts write
    /// no spaces and a run of ideographs would be a whole clause.
    case ideograph
    /// A combining mark (General Category M): part of the token it follows, never a token's start.
    case mark
    /// `-`, `'`, `’` or `:`: inside a token when it has a word character on both sides.
    case joiner
    /// Anything else (space, punctuation, symbols, emoji, controls): ends a token.
    case other

    /// The class of `scalar`, from its Unicode properties: the slow, obvious definition that the byte
    /// tables in ``ByteClass`` reproduce for ASCII and Latin-1.
    init(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x2D, 0x27, 0x3A, 0x2019:
            self = .joiner
            return
        default:
            break
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            self = properties.isIdeographic ? .ideograph : .word
        case .nonspacingMark, .spacingMark, .enclosingMark:
            self = .mark
        default:
            self = .other
        }
    }
}

/// Byte-level lookup tables for the tokenizer's fast path: ASCII and the Latin-1 block (U+0080–U+00FF).
enum ByteClass {
    /// The class of each scalar U+0000–U+00FF, computed once from ``ScalarClass/init(_:)`` so the two
    /// cannot disagree.
    static let latin1: [ScalarClass] = (0...0xFF).map { ScalarClass(Unicode.Scalar(UInt8($0))) }

    /// The lower-case form of each scalar U+0000–U+00FF: `A`–`Z` → `a`–`z`, `À`–`Þ` → `à`–`þ` except `×`;
    /// `ß`, `µ`, `ÿ` and the rest are their own lower case.
    static let latin1Lower: [UInt8] = (0...0xFF).map { value in
        switch value {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: UInt8(value + 0x20)
        default: UInt8(value)
        }
    }
}
