/// A pattern as written in a codebook, parsed: one or more words to match against consecutive tokens.
///
/// - `ord` matches the token `ord` exactly (case-insensitive);
/// - `ord*` any token that starts with `ord`, `*ord` any that ends with it, `*ord*` any that contains it;
/// - several words separated by spaces form a phrase, each word matched against one token in order, and
///   `*` alone matches any one token;
/// - `re:` followed by a regular expression matches one token the expression matches as a whole.
public struct Pattern: Hashable, Sendable {
    /// How one word of a pattern matches one token.
    public enum Word: Hashable, Sendable {
        case exact(String)
        case prefix(String)
        case suffix(String)
        case infix(String)
        /// `*` alone inside a phrase.
        case any
        /// A regular expression's source, matched against the whole (folded) token.
        case regex(String)
    }

    /// The pattern as written in the codebook.
    public var source: String
    public var words: [Word]

    public init(source: String, words: [Word]) {
        self.source = source
        self.words = words
    }

    /// Parses a pattern.
    /// - Returns: the pattern, or a sentence saying what is wrong and how to fix it.
    public static func parse(_ source: String) -> Result<Pattern, PatternError> {
        let trimmed = Self.trimmingSpaces(source)
        if trimmed.hasPrefix("re:") {
            let expression = String(trimmed.dropFirst(3))
            guard !expression.isEmpty else {
                return .failure(
                    PatternError(
                        problem: "the regular expression after 're:' is empty",
                        fix: "Write an expression after 're:', such as 're:^ai$'."))
            }
            do {
                _ = try Regex(expression)
            } catch {
                return .failure(
                    PatternError(
                        problem: "invalid regular expression '\(expression)'",
                        fix: "Correct the expression; \(error)."))
            }
            return .success(Pattern(source: source, words: [.regex(expression)]))
        }
        let parts = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !parts.isEmpty else {
            return .failure(PatternError(problem: "the pattern is empty", fix: "Write a word, or remove the entry."))
        }
        guard parts.contains(where: { $0 != "*" }) else {
            return .failure(
                PatternError(
                    problem: "a pattern of only '*' matches every word",
                    fix: "Add letters, such as 'utbild*', or remove the pattern."))
        }
        return .success(Pattern(source: source, words: parts.map(Word.init(parsing:))))
    }

    /// `source` without spaces and tabs (Unicode's Zs and U+0009, as Foundation's `.whitespaces`) at either
    /// end; when both end bytes are ASCII and neither is a space or tab, there is nothing to trim.
    private static func trimmingSpaces(_ source: String) -> String {
        let isSpaceOrBeyondASCII = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte >= 0x80 }
        guard let first = source.utf8.first, let last = source.utf8.last,
            isSpaceOrBeyondASCII(first) || isSpaceOrBeyondASCII(last)
        else { return source }
        return source.trimmingCharacters(in: .whitespaces)
    }
}

/// Why a pattern could not be parsed.
public struct PatternError: Error, Hashable, Sendable {
    /// What is wrong, without a final period.
    public var problem: String
    /// How to fix it, a whole sentence.
    public var fix: String
}

extension Pattern.Word {
    /// One space-free word of a pattern: `*` placement decides how it matches.
    init(parsing word: String) {
        if word == "*" {
            self = .any
            return
        }
        let leading = word.hasPrefix("*")
        let trailing = word.hasSuffix("*")
        let start = word.firstIndex { $0 != "*" } ?? word.endIndex
        let core = String(word[start..<(word.lastIndex { $0 != "*" }.map(word.index(after:)) ?? start)])
        switch (leading, trailing) {
        case (true, true): self = .infix(core)
        case (true, false): self = .suffix(core)
        case (false, true): self = .prefix(core)
        case (false, false): self = .exact(core)
        }
    }
}
