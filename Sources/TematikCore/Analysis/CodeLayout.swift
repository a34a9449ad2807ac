/// The codebook reduced to what counting needs: code ids, and the theme each code index belongs to.
struct CodeLayout: Sendable {
    let codebook: Codebook
    let codes: [Code]
    /// For each code index, its theme's index in ``Codebook/themes``. Taken from the themes' nesting, which
    /// is what ``Codebook/codes`` flattens, rather than from ``Code/theme``.
    let themeOfCode: [Int]

    init(_ codebook: Codebook) {
        self.codebook = codebook
        codes = codebook.codes
        themeOfCode = codebook.themes.enumerated().flatMap { theme, element in
            Array(repeating: theme, count: element.codes.count)
        }
    }

    var codeCount: Int { codes.count }
    var themeCount: Int { codebook.themes.count }

    /// Whether a coding's code index points into the codebook; codings that do not are ignored.
    func isValid(code: Int) -> Bool { code >= 0 && code < codes.count }
}

/// One unit segment's codings: the segment's index and its codings in order.
typealias SegmentCodings = (segment: Int, codings: ArraySlice<Coding>)

extension CodedDocument {
    /// The codings on units of analysis whose code is in the codebook, grouped by segment, in segment order.
    ///
    /// The coder only codes unit segments; the check keeps every count over the same units as the
    /// denominators even if a caller hands in other codings.
    func unitCodings(_ layout: CodeLayout) -> [SegmentCodings] {
        let usable = codings.filter { coding in
            layout.isValid(code: coding.code) && document.segments.indices.contains(coding.segment)
                && isUnitSegment(coding.segment)
        }.sorted { ($0.segment, $0.tokens.lowerBound, $0.code) < ($1.segment, $1.tokens.lowerBound, $1.code) }
        var groups: [SegmentCodings] = []
        var start = 0
        while start < usable.count {
            var end = start + 1
            while end < usable.count, usable[end].segment == usable[start].segment { end += 1 }
            groups.append((usable[start].segment, usable[start..<end]))
            start = end
        }
        return groups
    }

    /// The number of words in a segment, 0 when the count is missing.
    func words(in segment: Int) -> Int {
        segment >= 0 && segment < wordCounts.count ? wordCounts[segment] : 0
    }

    /// Whether a segment is a unit of analysis, `false` when the flag is missing.
    func isUnitSegment(_ segment: Int) -> Bool {
        segment >= 0 && segment < isUnit.count && isUnit[segment]
    }
}
