/// Cuts each document into co-occurrence units and counts codes and themes per unit.
///
/// Only counts are kept, so collectors of disjoint document sets merge into what one collector over all of
/// them counts.
struct CooccurrenceCollector: Sendable, Codable {
    let unit: CoUnit
    /// For each code index, its theme's index (``CodeLayout/themeOfCode``).
    let themeOfCode: [Int]
    private var codePairs: PairCounter
    private var themePairs: PairCounter

    init(unit: CoUnit, layout: CodeLayout) {
        self.unit = unit
        themeOfCode = layout.themeOfCode
        codePairs = PairCounter(size: layout.codeCount)
        themePairs = PairCounter(size: layout.themeCount)
    }

    /// Adds the units another collector (same unit and codebook) counted.
    mutating func merge(_ other: CooccurrenceCollector) {
        codePairs.merge(other.codePairs)
        themePairs.merge(other.themePairs)
    }

    /// Whether the counts fit `layout` (a decoded collector may not).
    func isConsistent(with layout: CodeLayout) -> Bool {
        themeOfCode == layout.themeOfCode && codePairs.size == layout.codeCount
            && themePairs.size == layout.themeCount && codePairs.isConsistent && themePairs.isConsistent
    }

    /// Counts the units of one document.
    mutating func add(_ document: CodedDocument, coded: [SegmentCodings]) {
        let coded = Dictionary(uniqueKeysWithValues: coded.map { ($0.segment, $0.codings) })
        let unitSegments = document.document.segments.indices.filter { document.isUnitSegment($0) }
        switch unit {
        case .document:
            guard !unitSegments.isEmpty else { return }
            addUnit(coded.values.flatMap { $0.map(\.code) })
        case .segment:
            for segment in unitSegments { addUnit(coded[segment].map { $0.map(\.code) } ?? []) }
        case .window(let size):
            let size = max(size, 1)
            for segment in unitSegments {
                let codings = coded[segment] ?? []
                let windows = (document.words(in: segment) + size - 1) / size
                addPieces(count: windows, codings.map { (piece: $0.tokens.lowerBound / size, code: $0.code) })
            }
        case .sentence, .paragraph:
            for segment in unitSegments {
                addTextPieces(document.document.segments[segment].text, codings: coded[segment] ?? [])
            }
        }
    }

    /// Counts the sentences or paragraphs of one segment; a piece without tokens is not a unit.
    private mutating func addTextPieces(_ text: String, codings: ArraySlice<Coding>) {
        let starts = UnitSplitter.starts(of: text, sentences: unit == .sentence)
        var hasToken = Array(repeating: false, count: starts.count)
        for token in Tokenizer.tokens(in: text) {
            hasToken[UnitSplitter.piece(holding: token.bytes.lowerBound, starts: starts)] = true
        }
        let pieceOf = hasToken.indices.reduce(into: [Int]()) { numbering, piece in
            numbering.append((numbering.last ?? -1) + (hasToken[piece] ? 1 : 0))
        }
        let units = hasToken.filter { $0 }.count
        addPieces(
            count: units,
            codings.map { coding in
                (
                    piece: max(pieceOf[UnitSplitter.piece(holding: coding.bytes.lowerBound, starts: starts)], 0),
                    code: coding.code
                )
            })
    }

    /// Counts `count` units, given which unit (from 0) each coding falls in. A coding past the last unit
    /// (counts that disagree with the codings) opens a unit of its own rather than being lost.
    private mutating func addPieces(count: Int, _ codings: [(piece: Int, code: Int)]) {
        let sorted = codings.sorted { ($0.piece, $0.code) < ($1.piece, $1.code) }
        var index = 0
        var counted = 0
        while index < sorted.count {
            let piece = sorted[index].piece
            var codes: [Int] = []
            while index < sorted.count, sorted[index].piece == piece {
                codes.append(sorted[index].code)
                index += 1
            }
            addUnit(codes)
            counted += 1
        }
        emptyUnits(max(count - counted, 0))
    }

    /// Counts one unit holding `codes` (any order, repeats allowed) and their themes.
    private mutating func addUnit(_ codes: [Int]) {
        codePairs.add(Self.sortedDistinct(codes))
        themePairs.add(Self.sortedDistinct(codes.map { themeOfCode[$0] }))
    }

    /// `values` in ascending order, each once: sorted, then repeats dropped in place (a unit holds a
    /// handful of codes, and a set for each unit cost more than the sort).
    private static func sortedDistinct(_ values: [Int]) -> [Int] {
        var sorted = values.sorted()
        var kept = 0
        for index in sorted.indices where kept == 0 || sorted[kept - 1] != sorted[index] {
            sorted[kept] = sorted[index]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }

    private mutating func emptyUnits(_ count: Int) {
        codePairs.addEmpty(count)
        themePairs.addEmpty(count)
    }

    /// The counts as public results, named by `layout`'s ids.
    func result(_ layout: CodeLayout) -> Cooccurrence {
        Cooccurrence(
            unit: unit, units: codePairs.units, codeUnits: codePairs.single,
            themeUnits: themePairs.single, codePairs: codePairs.table(ids: layout.codes.map(\.id)),
            themePairs: themePairs.table(ids: layout.codebook.themes.map(\.id)))
    }
}
