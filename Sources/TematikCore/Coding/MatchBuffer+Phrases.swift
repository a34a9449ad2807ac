/// Choosing matches from the phrase trie: longest per code at each token, no overlap within a code,
/// excludes removed.
extension MatchBuffer {
    /// Appends the codings of the tokenized segment, sorted by first token, then code.
    mutating func findMatches(_ phrases: PhraseTrie, segment: Int, into codings: inout [Coding]) {
        let first = codings.count
        for start in 0..<tokens.count {
            for k in atomStarts[start]..<atomStarts[start + 1] {
                let node = phrases.rootChildren[Int(tokenAtoms[k])]
                if node >= 0 { visit(node, depth: 1, start: start, phrases) }
            }
            if phrases.rootAny >= 0 { visit(phrases.rootAny, depth: 1, start: start, phrases) }
            guard !touched.isEmpty else { continue }
            touched.sort()
            for code in touched {
                let c = Int(code)
                let end = start + Int(bestLength[c])
                codings.append(
                    Coding(
                        segment: segment, code: c, pattern: Int(bestPattern[c]), tokens: start..<end,
                        bytes: tokens.starts[start]..<tokens.ends[end - 1]))
                nextFree[c] = end
                bestLength[c] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        for index in first..<codings.count { nextFree[codings[index].code] = 0 }
        guard !excludes.isEmpty else { return }
        var kept = first
        for index in first..<codings.count {
            let coding = codings[index]
            let excluded = excludes.contains { $0.code == coding.code && $0.tokens.overlaps(coding.tokens) }
            if !excluded {
                codings[kept] = coding
                kept += 1
            }
        }
        codings.removeSubrange(kept...)
        excludes.removeAll(keepingCapacity: true)
    }

    /// Records what ends at `node` (a path of `depth` tokens from `start`) and follows it further.
    private mutating func visit(_ node: Int32, depth: Int, start: Int, _ phrases: PhraseTrie) {
        for outcome in phrases.outcomes[Int(node)] {
            record(outcome, start: start, length: Int32(depth))
        }
        let next = start + depth
        guard next < tokens.count, phrases.hasChildren(node) else { return }
        for k in atomStarts[next]..<atomStarts[next + 1] {
            for edge in phrases.children[Int(node)] where edge.atom == tokenAtoms[k] {
                visit(edge.node, depth: depth + 1, start: start, phrases)
            }
        }
        let any = phrases.anyChild[Int(node)]
        if any >= 0 { visit(any, depth: depth + 1, start: start, phrases) }
    }

    @inline(__always)
    private mutating func record(_ outcome: PhraseTrie.Outcome, start: Int, length: Int32) {
        let code = Int(outcome.code)
        if outcome.isExclude {
            excludes.append((outcome.code, start..<start + Int(length)))
            return
        }
        guard start >= nextFree[code] else { return }
        let best = bestLength[code]
        if best == 0 { touched.append(outcome.code) }
        if length > best || (length == best && outcome.pattern < bestPattern[code]) {
            bestLength[code] = length
            bestPattern[code] = outcome.pattern
        }
    }
}
