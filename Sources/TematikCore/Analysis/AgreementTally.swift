/// Counts agreement per code over units of analysis, one unit at a time, so it fits a streaming pipeline.
///
/// Every unit of analysis must be added, coded or not, because true negatives are counted over all of
/// them. Codes are positions (for example in ``Codebook/codes``); the caller maps human codes onto them
/// first and lists the ones that match nothing.
public struct AgreementTally: Hashable, Sendable {
    /// One table per code, indexed by code position.
    public private(set) var counts: [AgreementCounts]

    /// A tally for `codes` codes and no units yet.
    public init(codes: Int) {
        counts = Array(repeating: AgreementCounts(), count: codes)
    }

    /// Counts one unit.
    /// - Parameters:
    ///   - automatic: the positions of the codes the automatic coding put on the unit.
    ///   - human: the positions of the codes the human coding put on the unit.
    /// - Complexity: O(number of codes).
    public mutating func add(automatic: Set<Int>, human: Set<Int>) {
        for code in counts.indices {
            counts[code].add(automatic: automatic.contains(code), human: human.contains(code))
        }
    }

    /// Adds another tally over other units (a shard of the corpus) with the same codes.
    public mutating func merge(_ other: AgreementTally) {
        for code in counts.indices where code < other.counts.count {
            counts[code] = counts[code] + other.counts[code]
        }
    }

    /// The pooled table of all codes (every unit × code decision counted once): the `overall` row, whose
    /// scores are micro-averages.
    public var overall: AgreementCounts { counts.reduce(AgreementCounts(), +) }
}
