/// Which codes, and which themes, occur together in the same unit.
public struct Cooccurrence: Hashable, Sendable, Codable {
    public var unit: CoUnit
    /// N: the number of units of this kind in the corpus, coded or not.
    public var units: Int
    /// Units holding each code, indexed like ``AnalysisResult/codes``.
    public var codeUnits: [Int]
    /// Units holding each theme, indexed like ``AnalysisResult/themes``.
    public var themeUnits: [Int]
    /// Code pairs that share at least one unit, sorted by `a`, then `b`.
    public var codePairs: [CooccurrencePair]
    /// Theme pairs that share at least one unit, sorted by `a`, then `b`.
    public var themePairs: [CooccurrencePair]

    public init(
        unit: CoUnit, units: Int, codeUnits: [Int], themeUnits: [Int], codePairs: [CooccurrencePair],
        themePairs: [CooccurrencePair]
    ) {
        self.unit = unit
        self.units = units
        self.codeUnits = codeUnits
        self.themeUnits = themeUnits
        self.codePairs = codePairs
        self.themePairs = themePairs
    }

    enum CodingKeys: String, CodingKey {
        case unit, units
        case codeUnits = "code_units"
        case themeUnits = "theme_units"
        case codePairs = "code_pairs"
        case themePairs = "theme_pairs"
    }
}

/// Two codes (or themes) and the units they share.
///
/// Each unordered pair appears once, with `a` before `b` in byte order of their ids. Only pairs with
/// `both ≥ 1` are listed, so `jaccard` and `lift` always have non-zero denominators.
public struct CooccurrencePair: Hashable, Sendable, Codable {
    public var a: String
    public var b: String
    /// Units holding both.
    public var both: Int
    /// Units holding either (`aUnits + bUnits - both`).
    public var either: Int
    /// `both / either`.
    public var jaccard: Double
    /// Observed over expected under independence: `both * N / (aUnits * bUnits)`.
    public var lift: Double

    public init(a: String, b: String, both: Int, either: Int, jaccard: Double, lift: Double) {
        self.a = a
        self.b = b
        self.both = both
        self.either = either
        self.jaccard = jaccard
        self.lift = lift
    }
}
