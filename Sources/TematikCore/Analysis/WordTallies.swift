/// The words behind the codings: matched text per code, theme and pattern, and the words no coding covers.
///
/// Only counts per distinct folded word are kept, never per-token data, so memory grows with the
/// vocabulary, not with the corpus.
///
/// The counts add up, so tallies of disjoint document sets merge into what one tally over all of them counts.
struct WordTallies: Sendable, Codable {
    let filterStopWords: Bool
    private var codeWords: [[String: Int]]
    private var themeWords: [[String: Int]]
    /// Per code, per pattern index.
    private var patternWords: [[[String: Int]]]
    private var uncovered: [String: Int] = [:]

    init(layout: CodeLayout, filterStopWords: Bool) {
        self.filterStopWords = filterStopWords
        codeWords = Array(repeating: [:], count: layout.codeCount)
        themeWords = Array(repeating: [:], count: layout.themeCount)
        patternWords = layout.codes.map { Array(repeating: [:], count: $0.patterns.count) }
    }

    /// Counts the words of one document's codings and of its coded segments' uncovered tokens.
    mutating func add(_ document: CodedDocument, coded: [SegmentCodings], layout: CodeLayout) {
        for (segment, codings) in coded {
            guard document.document.segments.indices.contains(segment) else { continue }
            let text = document.document.segments[segment].text
            var themeRanges = Set<ThemeRange>()
            for coding in codings {
                let word = MatchedText.folded(text.slice(bytes: coding.bytes))
                codeWords[coding.code][word, default: 0] += 1
                if patternWords[coding.code].indices.contains(coding.pattern) {
                    patternWords[coding.code][coding.pattern][word, default: 0] += 1
                }
                let range = ThemeRange(theme: layout.themeOfCode[coding.code], tokens: coding.tokens)
                if themeRanges.insert(range).inserted { themeWords[range.theme][word, default: 0] += 1 }
            }
            addUncovered(text, codings: codings)
        }
    }

    /// Counts the tokens of a coded segment that no coding covers, keeping words of three or more
    /// characters with at least one letter, and leaving out stop words when asked to.
    private mutating func addUncovered(_ text: String, codings: ArraySlice<Coding>) {
        let tokens = Tokenizer.tokens(in: text)
        var covered = Array(repeating: false, count: tokens.count)
        for coding in codings {
            let lower = min(max(coding.tokens.lowerBound, 0), tokens.count)
            let upper = min(max(coding.tokens.upperBound, lower), tokens.count)
            for index in lower..<upper { covered[index] = true }
        }
        for (index, token) in tokens.enumerated() where !covered[index] {
            let word = Tokenizer.folded(text.slice(bytes: token.bytes))
            guard word.count >= 3, word.contains(where: \.isLetter) else { continue }
            if filterStopWords, SwedishStopWords.set.contains(word) { continue }
            uncovered[word, default: 0] += 1
        }
    }

    /// Adds the counts of another tally (same codebook and stop-word choice).
    mutating func merge(_ other: WordTallies) {
        for code in codeWords.indices { codeWords[code].merge(other.codeWords[code], uniquingKeysWith: +) }
        for theme in themeWords.indices { themeWords[theme].merge(other.themeWords[theme], uniquingKeysWith: +) }
        for code in patternWords.indices {
            for pattern in patternWords[code].indices {
                patternWords[code][pattern].merge(other.patternWords[code][pattern], uniquingKeysWith: +)
            }
        }
        uncovered.merge(other.uncovered, uniquingKeysWith: +)
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
                patterns.append(PatternAudit(code: code.id, pattern: patternIndex, source: pattern.source,
                                             references: words.values.reduce(0, +),
                                             words: words.rankedWords()))
            }
        }
        return CodebookAudit(patterns: patterns, unmatched: patterns.filter { $0.references == 0 },
                             uncoveredWords: uncovered.rankedWords(limit: uncoveredLimit))
    }
}
