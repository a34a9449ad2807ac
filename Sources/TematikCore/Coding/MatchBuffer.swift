/// Scratch space for ``Matcher``: the tokens of the segment being coded, the atoms each token matched,
/// and per-code bookkeeping, all reused from one segment to the next.
///
/// Also caches, per distinct folded token, the infix and regular-expression atoms it matched, so that
/// those slow tests run once per word form for as long as the buffer lives (one ``Coder`` call), never
/// in a global cache. Not shared between tasks: each task makes its own.
public struct MatchBuffer {
    var tokens = TokenBuffer()
    /// Token `i`'s atoms are `tokenAtoms[atomStarts[i] ..< atomStarts[i + 1]]`.
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
    mutating func findAtoms(_ atoms: WordAtoms) {
        var found = tokenAtoms
        tokenAtoms = []
        found.removeAll(keepingCapacity: true)
        atomStarts.removeAll(keepingCapacity: true)
        let arena = tokens.arena
        let foldStarts = tokens.foldStarts
        arena.withUnsafeBufferPointer { arenaBytes in
            for i in 0..<tokens.count {
                atomStarts.append(found.count)
                let word = UnsafeBufferPointer(rebasing: arenaBytes[foldStarts[i]..<foldStarts[i + 1]])
                atoms.forward.walk(word, reversed: false) { found.append($0) }
                if !atoms.backward.isEmpty { atoms.backward.walk(word, reversed: true) { found.append($0) } }
                if atoms.hasSlowAtoms {
                    found.append(contentsOf: slowAtoms(of: arena[foldStarts[i]..<foldStarts[i + 1]], atoms))
                }
            }
        }
        atomStarts.append(found.count)
        tokenAtoms = found
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
