import Foundation

@testable import TematikCore

/// The tokenizer's rules written the slow, obvious way, over Unicode scalars and their properties, for
/// checking the byte scanner against.
///
/// A token is `W M* (J W M*)*` or `I M*`, found leftmost-longest, where W is a non-ideographic letter or
/// digit, I an ideograph, M a combining mark and J one of `-` `'` `’` `:`.
enum ReferenceTokenizer {
    /// A token as text and folded text.
    struct Word: Hashable, CustomStringConvertible {
        var bytes: Range<Int>
        var folded: String
        var description: String { "\(bytes)=\(folded)" }
    }

    static func words(in text: String) -> [Word] {
        let scalars = Array(text.unicodeScalars)
        var offsets = [0]
        for scalar in scalars { offsets.append(offsets[offsets.count - 1] + String(scalar).utf8.count) }
        func kind(_ i: Int) -> Character {
            guard i < scalars.count else { return "." }
            let scalar = scalars[i]
            if "-'’:".unicodeScalars.contains(scalar) { return "J" }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .decimalNumber, .letterNumber, .otherNumber:
                return scalar.properties.isIdeographic ? "I" : "W"
            case .nonspacingMark, .spacingMark, .enclosingMark:
                return "M"
            default:
                return "."
            }
        }
        var words: [Word] = []
        var i = 0
        while i < scalars.count {
            let start = i
            switch kind(i) {
            case "W":
                i += 1
                while true {
                    while kind(i) == "W" || kind(i) == "M" { i += 1 }
                    guard kind(i) == "J", kind(i + 1) == "W" else { break }
                    i += 1
                }
            case "I":
                i += 1
                while kind(i) == "M" { i += 1 }
            default:
                i += 1
                continue
            }
            let text = String(String.UnicodeScalarView(scalars[start..<i]))
            let folded = text.lowercased().precomposedStringWithCanonicalMapping
                .replacingOccurrences(of: "\u{2019}", with: "'")
            words.append(Word(bytes: offsets[start]..<offsets[i], folded: folded))
        }
        return words
    }
}

extension TokenBuffer {
    /// The buffer's tokens in the reference's shape.
    var words: [ReferenceTokenizer.Word] {
        (0..<count).map { ReferenceTokenizer.Word(bytes: bytes(at: $0), folded: foldedString(at: $0)) }
    }
}
