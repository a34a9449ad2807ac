/// References, coded segments, documents and respondents of every code and theme within a group of
/// documents, added up document by document.
///
/// Respondents are (document, speaker) pairs, so they never repeat across documents and add up like the
/// other counts; a group's tally is the sum of its documents' tallies.
struct Tally: Sendable, Codable {
    var documents = 0
    var unitSegments = 0
    var unitWords = 0
    var codes: [Row]
    var themes: [Row]

    /// The counts of one code or theme.
    struct Row: Sendable, Codable {
        var references = 0
        var segments = 0
        var documents = 0
        var respondents = 0

        static func + (lhs: Row, rhs: Row) -> Row {
            Row(
                references: lhs.references + rhs.references, segments: lhs.segments + rhs.segments,
                documents: lhs.documents + rhs.documents, respondents: lhs.respondents + rhs.respondents)
        }
    }

    init(codes: Int, themes: Int) {
        self.codes = Array(repeating: Row(), count: codes)
        self.themes = Array(repeating: Row(), count: themes)
    }

    /// Counts one document.
    /// - Complexity: O(c log c) for the document's c codings.
    init(_ document: CodedDocument, coded: [SegmentCodings], layout: CodeLayout) {
        self.init(codes: layout.codeCount, themes: layout.themeCount)
        documents = 1
        for index in document.document.segments.indices where document.isUnitSegment(index) {
            unitSegments += 1
            unitWords += document.words(in: index)
        }
        // Speakers by number, in order of first coded segment, so that the sets per code and theme hash a
        // number instead of a name for every code of every segment.
        var speakerNumbers: [String?: Int] = [:]
        var codeSpeakers = Array(repeating: Set<Int>(), count: layout.codeCount)
        var themeSpeakers = Array(repeating: Set<Int>(), count: layout.themeCount)
        // Reused for every segment: the segment's code indices and theme ranges.
        var codesHere: [Int] = []
        var ranges: [ThemeRange] = []
        for (segment, codings) in coded {
            let name =
                document.document.segments.indices.contains(segment)
                ? document.document.segments[segment].speaker : nil
            let speaker = speakerNumbers[name] ?? speakerNumbers.count
            if speaker == speakerNumbers.count { speakerNumbers[name] = speaker }
            codesHere.removeAll(keepingCapacity: true)
            ranges.removeAll(keepingCapacity: true)
            for coding in codings {
                codes[coding.code].references += 1
                codesHere.append(coding.code)
                ranges.append(ThemeRange(theme: layout.themeOfCode[coding.code], tokens: coding.tokens))
            }
            codesHere.sort()
            for (position, code) in codesHere.enumerated() where position == 0 || codesHere[position - 1] != code {
                codes[code].segments += 1
                codeSpeakers[code].insert(speaker)
            }
            ThemeRange.countPassages(&ranges) { theme, passages in
                themes[theme].references += passages
                themes[theme].segments += 1
                themeSpeakers[theme].insert(speaker)
            }
        }
        for code in codes.indices where codes[code].references > 0 {
            codes[code].documents = 1
            codes[code].respondents = codeSpeakers[code].count
        }
        for theme in themes.indices where themes[theme].references > 0 {
            themes[theme].documents = 1
            themes[theme].respondents = themeSpeakers[theme].count
        }
    }

    /// Adds another group's counts.
    mutating func add(_ other: Tally) {
        documents += other.documents
        unitSegments += other.unitSegments
        unitWords += other.unitWords
        for index in codes.indices { codes[index] = codes[index] + other.codes[index] }
        for index in themes.indices { themes[index] = themes[index] + other.themes[index] }
    }

    /// The tally as public counts, with percentages and rates over this group's documents and words.
    func stats(name: String?) -> GroupStats {
        GroupStats(
            name: name, documents: documents, unitSegments: unitSegments, unitWords: unitWords,
            codes: codes.map(counts), themes: themes.map(counts))
    }

    /// One row as public counts. A percentage of no documents and a rate over no words are 0.
    func counts(_ row: Row) -> Counts {
        Counts(
            references: row.references, segments: row.segments, documents: row.documents,
            documentPercent: documents > 0 ? Double(row.documents) * 100 / Double(documents) : 0,
            respondents: row.respondents,
            rate: unitWords > 0 ? Double(row.references) * 1000 / Double(unitWords) : 0)
    }
}

/// A token range that a code of a theme matched in one segment.
struct ThemeRange: Hashable, Sendable {
    var theme: Int
    var tokens: Range<Int>

    /// Counts the passages of each theme among one segment's ranges: runs of overlapping ranges count as
    /// one passage, so that `kompetens` (one code) inside `saknar kompetens` (another code of the theme) is
    /// one reference.
    /// - Parameters:
    ///   - ranges: the segment's ranges, in any order and with repeats; sorted in place.
    ///   - body: called once for each theme with a range, in theme order, with its number of passages.
    static func countPassages(_ ranges: inout [ThemeRange], _ body: (_ theme: Int, _ passages: Int) -> Void) {
        ranges.sort { ($0.theme, $0.tokens.lowerBound) < ($1.theme, $1.tokens.lowerBound) }
        var index = 0
        while index < ranges.count {
            let theme = ranges[index].theme
            var passages = 0
            var end = Int.min
            while index < ranges.count, ranges[index].theme == theme {
                let tokens = ranges[index].tokens
                if tokens.lowerBound >= end { passages += 1 }
                end = max(end, tokens.upperBound)
                index += 1
            }
            body(theme, passages)
        }
    }
}
