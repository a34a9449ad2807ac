/// The 2 × 2 table of one code over the units of analysis: how often an automatic coding and a human
/// (gold) coding put the code on a unit, or leave it off.
///
/// The human coding is the reference: a true positive is a unit both coded, a false positive a unit only
/// the automatic coding coded, a false negative a unit only the human coded.
public struct AgreementCounts: Hashable, Sendable, Codable {
    public var tp: Int
    public var fp: Int
    public var fn: Int
    public var tn: Int

    public init(tp: Int = 0, fp: Int = 0, fn: Int = 0, tn: Int = 0) {
        self.tp = tp
        self.fp = fp
        self.fn = fn
        self.tn = tn
    }

    /// The table of two parallel lists of binary codes, one entry per unit.
    /// - Parameters:
    ///   - automatic: whether the automatic coding put the code on each unit.
    ///   - human: whether the human coding did, indexed like `automatic` (extra entries are ignored).
    public init(automatic: [Bool], human: [Bool]) {
        self.init()
        for (auto, gold) in zip(automatic, human) { add(automatic: auto, human: gold) }
    }

    /// The number of units.
    public var units: Int { tp + fp + fn + tn }

    /// Counts one unit.
    public mutating func add(automatic: Bool, human: Bool) {
        switch (automatic, human) {
        case (true, true): tp += 1
        case (true, false): fp += 1
        case (false, true): fn += 1
        case (false, false): tn += 1
        }
    }

    /// The cell-by-cell sum of two tables, as the pooled `overall` row adds the codes' tables.
    public static func + (lhs: Self, rhs: Self) -> Self {
        Self(tp: lhs.tp + rhs.tp, fp: lhs.fp + rhs.fp, fn: lhs.fn + rhs.fn, tn: lhs.tn + rhs.tn)
    }
}
