/// The words behind the codings: matched text per code, theme and pattern, and the words no coding covers.
///
/// Only counts per distinct folded word are kept, never per-token data, so memory grows with the
/// vocabulary, not with the corpus.
///
/// The counts add up, so tallies of disjoint document sets merge into what one tally over all of them counts.
struct WordTallies: Sendable, Codable {
    let filterStopWords: Bool
    private var codeWords: [FoldedWordCounts]
    private var themeWords: [FoldedWordCounts]
    /// Per code, per pattern index.
    private var patternWords: [[FoldedWordCounts]]
    private var uncovered = FoldedWordCounts()

    private static let stopWords = FoldedWordCounts(
        Dictionary(uniqueKeysWithValues: SwedishStopWords.words.map { ($0, 1) }))

    init(layout: CodeLayout, filterStopWords: Bool) {
        self.filterStopWords = filterStopWords
        codeWords = Array(repeating: FoldedWordCounts(), count: layout.codeCount)
        themeWords = Array(repeating: FoldedWordCounts(), count: layout.themeCount)
        patternWords = layout.codes.map { Array(repeating: FoldedWordCounts(), count: $0.patterns.count) }
    }

    /// Counts the words of one document's codings and of its coded segments' uncovered tokens.
    ///
    /// - Parameter tokens: the coder's tokens of the coded segments, when it kept them; other segments are
    ///   tokenized here.
    mutating func add(_ document: CodedDocument, coded: [SegmentCodings], tokens: CodedTokens?, layout: CodeLayout) {
        // One buffer, one coverage array and one list of theme ranges for the document, reused for each segment.
        var buffer = TokenBuffer()
        var scratch = Scratch()
        for (segment, codings) in coded {
            guard document.document.segments.indices.contains(segment) else { continue }
            let text = document.document.segments[segment].text
            let kept: Void? = tokens?.withTokens(of: segment) {
                add(codings, in: text, tokens: $0, layout: layout, scratch: &scratch)
            }
            guard kept == nil else { continue }
            buffer.tokenize(text)
            buffer.withFoldedTokens { add(codings, in: text, tokens: $0, layout: layout, scratch: &scratch) }
        }
    }

    /// Storage reused from one segment to the next.
    private struct Scratch {
        var covered: [Bool] = []
        /// The segment's theme ranges so far: a segment has a handful of codings, and a linear search of a
        /// list beats hashing them. A long turn (a transcript without speaker labels is one) has thousands,
        /// which a list made quadratic (24 s for a 1.6 MB turn), so past ``listLimit`` they go in a set.
        private var themeRanges: [ThemeRange] = []
        private var manyThemeRanges: Set<ThemeRange> = []
        private static let listLimit = 32

        /// Forgets the last segment's theme ranges, keeping the storage.
        mutating func startSegment() {
            themeRanges.removeAll(keepingCapacity: true)
            // Clearing a set visits all its buckets, so only a set in use is cleared.
            if !manyThemeRanges.isEmpty { manyThemeRanges.removeAll(keepingCapacity: true) }
        }

        /// Whether `range` is the segment's first of its theme and tokens; it is remembered.
        mutating func isNew(_ range: ThemeRange) -> Bool {
            if themeRanges.count < Self.listLimit {
                guard !themeRanges.contains(range) else { return false }
                themeRanges.append(range)
                if themeRanges.count == Self.listLimit { manyThemeRanges.formUnion(themeRanges) }
                return true
            }
            return manyThemeRanges.insert(range).inserted
        }
    }

    /// Counts the words of one segment's codings and its uncovered tokens.
    private mutating func add(
        _ codings: ArraySlice<Coding>, in text: String, tokens: FoldedTokens, layout: CodeLayout,
        scratch: inout Scratch
    ) {
        scratch.startSegment()
        for coding in codings {
            let theme = ThemeRange(theme: layout.themeOfCode[coding.code], tokens: coding.tokens)
            let newTheme = scratch.isNew(theme)
            Self.withMatchedWord(coding, in: text, tokens: tokens) { word in
                codeWords[coding.code].add(word)
                if patternWords[coding.code].indices.contains(coding.pattern) {
                    patternWords[coding.code][coding.pattern].add(word)
                }
                if newTheme { themeWords[theme.theme].add(word) }
            }
        }
        addUncovered(codings: codings, tokens: tokens, covered: &scratch.covered)
    }

    /// Calls `body` with the folded bytes of the text a coding matched (``MatchedText/folded(_:)``).
    ///
    /// A coding of one whole token, the common case, takes the token's folded form; ``Tokenizer/folded(_:)``
    /// of one token's text is that same form, and a token holds no white space.
    private static func withMatchedWord(
        _ coding: Coding, in text: String, tokens: FoldedTokens, _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        let token = coding.tokens.lowerBound
        if coding.tokens.count == 1, tokens.isToken(token, at: coding.bytes) {
            body(tokens[token])
            return
        }
        var word = MatchedText.folded(text.slice(bytes: coding.bytes))
        word.withUTF8(body)
    }

    /// Counts the tokens that no coding covers, keeping words of three or more characters with at least
    /// one letter, and leaving out stop words when asked to.
    private mutating func addUncovered(codings: ArraySlice<Coding>, tokens: FoldedTokens, covered: inout [Bool]) {
        covered.removeAll(keepingCapacity: true)
        covered.append(contentsOf: repeatElement(false, count: tokens.count))
        for coding in codings {
            let lower = min(max(coding.tokens.lowerBound, 0), tokens.count)
            let upper = min(max(coding.tokens.upperBound, lower), tokens.count)
            for index in lower..<upper { covered[index] = true }
        }
        let filterStopWords = filterStopWords
        for index in 0..<tokens.count where !covered[index] {
            let word = tokens[index]
            // Fewer than three bytes are fewer than three characters: never counted, so not looked up.
            guard word.count >= 3 else { continue }
            uncovered.add(word) { word in
                Self.isWordToCount(word) && !(filterStopWords && Self.stopWords.contains(word))
            }
        }
    }

    /// Whether the folded `word` has three or more characters and a letter.
    ///
    /// Decided from the bytes when they hold no lead byte of a code point at or above U+0300: each
    /// character is then one code point, so characters are the bytes that do not continue a sequence.
    /// Other words are checked as a `String`.
    private static func isWordToCount(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var characters = 0
        var asciiLetter = false
        for byte in word {
            if byte >= 0xCC {
                let text = String(decoding: word, as: UTF8.self)
                return text.count >= 3 && text.contains(where: \.isLetter)
            }
            if byte & 0xC0 != 0x80 { characters += 1 }
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) { asciiLetter = true }
        }
        guard characters >= 3 else { return false }
        return asciiLetter || String(decoding: word, as: UTF8.self).contains(where: \.isLetter)
    }

    /// Adds the counts of another tally (same codebook and stop-word choice).
    mutating func merge(_ other: WordTallies) {
        for code in codeWords.indices { codeWords[code].merge(other.codeWords[code]) }
        for theme in themeWords.indices { themeWords[theme].merge(other.themeWords[theme]) }
        for code in patternWords.indices {
            for pattern in patternWords[code].indices {
                patternWords[code][pattern].merge(other.patternWords[code][pattern])
            }
        }
        uncovered.merge(other.uncovered)
    }

    /// Whether the tables fit `layout` (a decoded tally may not).
    func isConsistent(with layout: CodeLayout) -> Bool {
        codeWords.count == layout.codeCount && themeWords.count == layout.themeCount
            && patternWords.map(\.count) == layout.codes.map(\.patterns.count)
    }

    /// The most frequent matched texts of a code.
    func topWords(code: Int, limit: Int) -> [WordCount] { codeWords[code].rankedWords(limit: limit) }

    /// The most frequent texts of a theme's distinct references.
    func topWords(theme: Int, limit: Int) -> [WordCount] { themeWords[theme].rankedWords(limit: limit) }

    /// Every pattern with the words it matched, and the most frequent uncovered words.
    func audit(uncoveredLimit: Int, layout: CodeLayout) -> CodebookAudit {
        var patterns: [PatternAudit] = []
        for (codeIndex, code) in layout.codes.enumerated() {
            for (patternIndex, pattern) in code.patterns.enumerated() {
                let words = patternWords[codeIndex][patternIndex]
                patterns.append(
                    PatternAudit(
                        code: code.id, pattern: patternIndex, source: pattern.source,
                        references: words.total,
                        words: words.rankedWords()))
            }
        }
        return CodebookAudit(
            patterns: patterns, unmatched: patterns.filter { $0.references == 0 },
            uncoveredWords: uncovered.rankedWords(limit: uncoveredLimit))
    }
}
