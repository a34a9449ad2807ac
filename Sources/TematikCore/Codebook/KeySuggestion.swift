/// The known key nearest to a misspelt one, for "unknown key" messages.
enum KeySuggestion {
    /// The known key with the smallest edit distance to `key`, if it is close enough to be a likely typo
    /// (1 edit for keys of up to 3 letters, else a third of the length, at least 2 and at most 3 edits:
    /// `lable` → `label` takes 2).
    static func nearest(to key: String, in known: [String]) -> String? {
        let limit = key.count <= 3 ? 1 : min(3, max(2, key.count / 3))
        let scored = known.map { (distance(key.lowercased(), $0), $0) }
        guard let best = scored.min(by: { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }), best.0 <= limit else {
            return nil
        }
        return best.1
    }

    /// Levenshtein distance between two strings, by characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }

    /// The fix sentence for an unknown key: the nearest known key, or the list of known keys.
    static func fix(for key: String, known: [String]) -> String {
        if let nearest = nearest(to: key, in: known) {
            return "Did you mean '\(nearest)'?"
        }
        return "Use one of: \(known.sorted().joined(separator: ", "))."
    }
}
