/// Scratch space for ``Matcher``: the tokens of the segment being coded, the atoms each token matched,
/// and per-code bookkeeping, all reused from one segment to the next.
///
/// Also caches, per distinct folded token, the infix and regular-expression atoms it matched, so that
/// those slow tests run once per word form for as long as the buffer lives (one ``Coder`` call), never
/// in a global cache. Not shared between tasks: each task makes its own.
public struct MatchBuffer {
    var tokens = TokenBuffer()
    /// Token `i`'s atoms are `tokenAtoms[atomStarts[i] ..< atomStarts[i + 1]]` (both arrays only grow).
    var atomStarts: [Int] = []
    var tokenAtoms: [Int32] = []
    /// Per code: the longest match found at the current token (0: none yet), and its pattern.
    var bestLength: [Int32] = []
    var bestPattern: [Int32] = []
    /// Per code: the first token a new match of the code may start at.
    var nextFree: [Int] = []
    /// Codes with a match at the current token.
    var touched: [Int32] = []
    /// Exclude matches of the current segment.
    var excludes: [(code: Int32, tokens: Range<Int>)] = []
    /// Infix and regex atoms per folded token seen.
    var slowAtoms: [ArraySlice<UInt8>: [Int32]] = [:]
    /// The compiled regular expressions, in the order of ``WordAtoms/regexes``, made on first use.
    var regexes: [Regex<AnyRegexOutput>?]?

    /// Empty scratch space.
    public init() {}

    /// Sizes the per-code arrays.
    mutating func prepare(codeCount: Int) {
        guard bestLength.count != codeCount else { return }
        bestLength = [Int32](repeating: 0, count: codeCount)
        bestPattern = [Int32](repeating: 0, count: codeCount)
        nextFree = [Int](repeating: 0, count: codeCount)
    }

    /// Fills `tokenAtoms` with the atoms each token matches.
    ///
    /// Both arrays only grow and are written through pointers: a token of *k* folded bytes matches at
    /// most *k* + 1 forward atoms (prefixes and the exact word), *k* suffixes and each slow atom once,
    /// which bounds the room needed before the walk starts.
    mutating func findAtoms(_ atoms: WordAtoms) {
        let count = tokens.count
        let foldStarts = tokens.foldStarts
        let bound = 2 * foldStarts[count] + count * (1 + atoms.infixes.count + atoms.regexes.count)
        if tokenAtoms.count < bound { tokenAtoms = [Int32](repeating: 0, count: max(bound, 2 * tokenAtoms.count)) }
        if atomStarts.count < count + 1 {
            atomStarts = [Int](repeating: 0, count: max(count + 1, 2 * atomStarts.count))
        }
        var found = tokenAtoms
        var starts = atomStarts
        (tokenAtoms, atomStarts) = ([], [])
        defer { (tokenAtoms, atomStarts) = (found, starts) }
        let arena = tokens.arena
        let hasBackward = !atoms.backward.isEmpty
        let hasSlowAtoms = atoms.hasSlowAtoms
        var used = 0
        found.withUnsafeMutableBufferPointer { out in
            starts.withUnsafeMutableBufferPointer { starts in
                arena.withUnsafeBufferPointer { arenaBytes in
                    atoms.forward.table.withUnsafeBufferPointer { forward in
                        atoms.backward.table.withUnsafeBufferPointer { backward in
                            for i in 0..<count {
                                starts[i] = used
                                let word = UnsafeBufferPointer(rebasing: arenaBytes[foldStarts[i]..<foldStarts[i + 1]])
                                ByteTrie.walk(forward, word, reversed: false) {
                                    out[used] = $0
                                    used += 1
                                }
                                if hasBackward {
                                    ByteTrie.walk(backward, word, reversed: true) {
                                        out[used] = $0
                                        used += 1
                                    }
                                }
                                guard hasSlowAtoms else { continue }
                                for atom in slowAtoms(of: arena[foldStarts[i]..<foldStarts[i + 1]], atoms) {
                                    out[used] = atom
                                    used += 1
                                }
                            }
                            starts[count] = used
                        }
                    }
                }
            }
        }
    }

    /// The infix and regex atoms `word` matches, from the cache or computed once.
    private mutating func slowAtoms(of word: ArraySlice<UInt8>, _ atoms: WordAtoms) -> [Int32] {
        if let known = slowAtoms[word] { return known }
        var found: [Int32] = []
        for (atom, infix) in atoms.infixes where word.count >= infix.count {
            if word.indices.contains(where: { word[$0...].starts(with: infix) }) { found.append(atom) }
        }
        if !atoms.regexes.isEmpty {
            let compiled = regexes ?? atoms.regexes.map { try? Regex($0.source) }
            regexes = compiled
            let text = String(decoding: word, as: UTF8.self)
            for (index, entry) in atoms.regexes.enumerated() {
                if let regex = compiled[index], (try? regex.wholeMatch(in: text)) != nil { found.append(entry.atom) }
            }
        }
        slowAtoms[ArraySlice(Array(word))] = found
        return found
    }
}
