import TematikCore

/// Codebooks of a given size for the matcher benchmarks, made from the sample text's own words so that
/// patterns really match.
enum PatternCodebook {
    /// A codebook of `patternCount` patterns spread over `codeCount` codes (ten codes to a theme).
    ///
    /// The patterns cycle through the kinds a researcher writes: every fourth a prefix (`kompeten*`),
    /// every tenth a two-word phrase, every fiftieth a suffix (`*strategi`), the rest exact words. Words
    /// come from `vocabulary` (most frequent first); past its end, invented words that never match, so
    /// that a large codebook also pays for the misses of a realistic dictionary.
    static func make(patterns patternCount: Int, codes codeCount: Int, vocabulary: [String]) -> Codebook {
        var perCode = [[Pattern]](repeating: [], count: codeCount)
        for index in 0..<patternCount {
            let word = index < vocabulary.count ? vocabulary[index] : "ordlista\(index)x"
            let next = vocabulary.isEmpty ? word : vocabulary[(index * 7 + 3) % vocabulary.count]
            let source: String
            if index % 10 == 9 {
                source = "\(word) \(next)"
            } else if index % 50 == 49 {
                source = "*" + String(word.suffix(max(3, word.count - 2)))
            } else if index % 4 == 3, word.count > 5 {
                source = String(word.prefix(word.count - 2)) + "*"
            } else {
                source = word
            }
            guard case .success(let pattern) = Pattern.parse(source) else { continue }
            perCode[index % codeCount].append(pattern)
        }
        let location = SourceLocation(file: "benchmark.yaml")
        let codes = perCode.enumerated().map { index, patterns in
            Code(
                id: "theme\(index / 10).code\(index)", theme: "theme\(index / 10)",
                label: LocalizedText(["en": "Code \(index)"]), patterns: patterns, location: location)
        }
        let themes = stride(from: 0, to: codes.count, by: 10).map { start in
            Theme(
                id: "theme\(start / 10)", label: LocalizedText(["en": "Theme \(start / 10)"]),
                description: LocalizedText([:]), color: nil, codes: Array(codes[start..<min(start + 10, codes.count)]))
        }
        return Codebook(name: "benchmark", version: "1", language: "sv", themes: themes, sha256: "")
    }
}
