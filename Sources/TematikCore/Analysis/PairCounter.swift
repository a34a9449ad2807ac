/// Counts, over units, how many hold each item and each pair of items (codes or themes by index).
///
/// Each unit hands in the sorted, distinct indices it holds; pairs go into a flat upper-triangle array, so
/// a unit with k items costs O(k²) additions and nothing is hashed.
struct PairCounter: Sendable, Codable {
    let size: Int
    private(set) var units = 0
    private(set) var single: [Int]
    private var pairs: [Int]

    init(size: Int) {
        self.size = size
        single = Array(repeating: 0, count: size)
        pairs = Array(repeating: 0, count: size * size)
    }

    /// Counts one unit holding `items` (sorted, distinct, each in `0..<size`).
    mutating func add(_ items: [Int]) {
        units += 1
        for (position, a) in items.enumerated() {
            single[a] += 1
            for b in items[(position + 1)...] { pairs[a * size + b] += 1 }
        }
    }

    /// Counts units that hold nothing.
    mutating func addEmpty(_ count: Int) { units += count }

    /// Adds the units another counter of the same size counted.
    mutating func merge(_ other: PairCounter) {
        units += other.units
        for index in single.indices { single[index] += other.single[index] }
        for index in pairs.indices { pairs[index] += other.pairs[index] }
    }

    /// Whether the counts fit `size` (a decoded counter may not).
    var isConsistent: Bool { single.count == size && pairs.count == size * size }

    /// The pairs that share at least one unit, named by `ids`, with `a < b` in byte order, sorted by `a`
    /// then `b`.
    func table(ids: [String]) -> [CooccurrencePair] {
        var result: [CooccurrencePair] = []
        for first in 0..<size {
            for second in (first + 1)..<max(size, first + 1) {
                let both = pairs[first * size + second]
                guard both > 0 else { continue }
                let (a, b) = ids[first].precedesInBytes(ids[second]) ? (first, second) : (second, first)
                let either = single[a] + single[b] - both
                // both ≥ 1 means single[a], single[b] and either are ≥ 1: no division by zero.
                let lift = Double(both) * Double(units) / (Double(single[a]) * Double(single[b]))
                result.append(
                    CooccurrencePair(
                        a: ids[a], b: ids[b], both: both, either: either,
                        jaccard: Double(both) / Double(either), lift: lift))
            }
        }
        return result.sorted { $0.a != $1.a ? $0.a.precedesInBytes($1.a) : $0.b.precedesInBytes($1.b) }
    }
}
