/// Finds a codebook's codes in segment text: the coding stage's engine.
///
/// Patterns compile once (in `init`) into tries over folded token bytes and a phrase trie; coding a
/// segment then costs one trie walk per token, not a loop over the patterns. How matches count:
///
/// - Pattern words are tokenized and folded like text (see ``Tokenizer``), so `AI-Strateg*` is one
///   prefix word `ai-strateg` and matches the token `AI-strategin`.
/// - `ord` matches a token equal to it, `ord*` one starting with it, `*ord` one ending with it, `*ord*`
///   one containing it, `*` any one token; `re:` a token its regular expression matches as a whole.
///   The expression sees the folded (lower-case) token.
/// - Per code, at each token the longest match among the code's patterns is taken (equal length: the
///   lowest pattern index), and the search for that code goes on after it: a code's matches never
///   overlap, so `brist på kompetens` counts once even when `kompetens*` is also a pattern of the code.
///   Matches are chosen left to right.
/// - Different codes are independent: one token may count for several codes.
/// - A match of one of a code's `exclude` patterns (any length, anywhere) removes that code's matches
///   whose tokens overlap it; other codes are not affected.
public struct Matcher: Sendable {
    let atoms: WordAtoms
    let phrases: PhraseTrie
    /// The number of codes in the codebook.
    public let codeCount: Int
    /// Patterns that can never match because a word of theirs holds no letter or digit (`👍`, `--`),
    /// as (code index, pattern index) pairs, for `tematik codebook check` to report.
    public let unmatchablePatterns: [PatternReference]

    /// Compiles the patterns of every code of `codebook`.
    /// - Complexity: O(total length of the patterns).
    public init(codebook: Codebook) {
        let codes = codebook.codes
        codeCount = codes.count
        var atoms = WordAtoms()
        var unmatchable: [PatternReference] = []
        var compiled: [(words: [Int32?], outcome: PhraseTrie.Outcome)] = []
        for (code, definition) in codes.enumerated() {
            for (isExclude, patterns) in [(false, definition.patterns), (true, definition.exclude)] {
                for (index, pattern) in patterns.enumerated() {
                    let words = pattern.words.map { Self.atoms(of: $0, into: &atoms) }
                    guard !words.contains(where: \.isEmpty) else {
                        if !isExclude { unmatchable.append(PatternReference(code: code, pattern: index)) }
                        continue
                    }
                    let outcome = PhraseTrie.Outcome(code: Int32(code), pattern: Int32(index), isExclude: isExclude)
                    compiled.append((words.flatMap { $0 }, outcome))
                }
            }
        }
        atoms.freeze()
        var phrases = PhraseTrie(atomCount: atoms.count)
        for (words, outcome) in compiled { phrases.insert(words, outcome: outcome) }
        self.atoms = atoms
        self.phrases = phrases
        unmatchablePatterns = unmatchable
    }

    /// Codes one segment's text, appending its codings to `codings`.
    ///
    /// - Parameters:
    ///   - text: the segment's text.
    ///   - segment: the segment's index, stored in each coding.
    ///   - codings: where the codings go, sorted by first token, then code.
    ///   - buffer: scratch space; reuse one per task so that coding allocates nothing per token.
    /// - Returns: the segment's word (token) count.
    /// - Complexity: O(*n*) in the text's length, times the number of matches found.
    @discardableResult
    public func codings(
        inSegmentText text: String, segment: Int, into codings: inout [Coding], buffer: inout MatchBuffer
    ) -> Int {
        buffer.tokens.tokenize(text)
        buffer.prepare(codeCount: codeCount)
        buffer.findAtoms(atoms)
        buffer.findMatches(phrases, segment: segment, into: &codings)
        return buffer.tokens.count
    }

    /// Codes one segment's text with fresh scratch space; see the other overload.
    @discardableResult
    public func codings(inSegmentText text: String, segment: Int, into codings: inout [Coding]) -> Int {
        var buffer = MatchBuffer()
        return self.codings(inSegmentText: text, segment: segment, into: &codings, buffer: &buffer)
    }
}

/// A pattern named by its code's index in ``Codebook/codes`` and its index in that code's patterns.
public struct PatternReference: Hashable, Sendable {
    public var code: Int
    public var pattern: Int

    public init(code: Int, pattern: Int) {
        self.code = code
        self.pattern = pattern
    }
}
