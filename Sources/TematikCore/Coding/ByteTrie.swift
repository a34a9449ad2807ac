/// A trie over folded token bytes whose nodes can mark an exact word and a prefix ending there.
///
/// Exact words and prefixes share one trie, walked forwards; suffixes get their own, filled with
/// reversed bytes and walked backwards. The trie is a double array in one `Int32` table of four entries
/// per state, `[base, check, prefix atom, exact atom]` (-1 for none): the child of state *s* by byte *b*
/// is state *t* = base(*s*) + *b* when check(*t*) is *s*. A step of a walk is then two dependent loads and
/// one test, with the child's atoms on the same cache line as its check, where a list of edges per node
/// took a load and an unpredictable branch per edge. The root is state 0.
struct ByteTrie: Sendable {
    /// Entries per state.
    private static let stride = 4
    /// Free states tried for a node's children before they go past the end of the table.
    private static let maximumTries = 1024

    private(set) var table: [Int32]

    /// The number of states, used or free.
    var stateCount: Int { table.count / Self.stride }

    /// Whether the trie holds no word at all.
    var isEmpty: Bool { table.count == Self.stride }

    /// A trie of `words`: each the folded bytes, whether it is a prefix (else exact), and its atom id.
    init(_ words: [(bytes: [UInt8], isPrefix: Bool, atom: Int32)]) {
        var children: [[UInt8: Int]] = [[:]]  // node 0 is the root
        var atoms: [(prefix: Int32, exact: Int32)] = [(-1, -1)]
        for word in words where !word.bytes.isEmpty {
            var node = 0
            for byte in word.bytes {
                if let next = children[node][byte] {
                    node = next
                    continue
                }
                children.append([:])
                atoms.append((-1, -1))
                children[node][byte] = children.count - 1
                node = children.count - 1
            }
            if word.isPrefix { atoms[node].prefix = word.atom } else { atoms[node].exact = word.atom }
        }
        table = Self.doubleArray(children: children, atoms: atoms)
    }

    /// Places the nodes breadth first, each node's children at the first base that puts them all on free
    /// states, and pads the table so that base + 255 is a state for every base: a walk needs no bounds
    /// test. Bases are tried only where the node's lowest child byte lands on a free state, found through
    /// a list of the free states; after ``maximumTries`` of them the children go past the end, so that
    /// building stays linear in the nodes (10,000 patterns) and the table dense.
    private static func doubleArray(children: [[UInt8: Int]], atoms: [(prefix: Int32, exact: Int32)]) -> [Int32] {
        let freeState: [Int32] = [0, -1, -1, -1]
        var table = freeState  // the root
        var stateCount: Int { table.count / stride }
        // The free states in a circular, doubly linked list whose head is state 0, the root (never free).
        var nextFree = [0]
        var previousFree = [0]
        func grow(to count: Int) {
            for state in stateCount..<max(count, stateCount) {
                table += freeState
                nextFree.append(0)
                previousFree.append(previousFree[0])
                nextFree[previousFree[0]] = state
                previousFree[0] = state
            }
        }
        func occupy(_ state: Int) {
            nextFree[previousFree[state]] = nextFree[state]
            previousFree[nextFree[state]] = previousFree[state]
        }
        func isFree(_ state: Int) -> Bool { state >= stateCount || table[stride * state + 1] < 0 }
        func fits(_ bytes: [UInt8], at candidate: Int) -> Bool {
            candidate >= 1 && bytes.allSatisfy { isFree(candidate + Int($0)) }
        }

        var stateOf = [Int](repeating: 0, count: children.count)
        var queue = [0]
        var next = 0
        while next < queue.count {
            let node = queue[next]
            next += 1
            let edges = children[node].sorted { $0.key < $1.key }
            let bytes = edges.map(\.key)
            guard let lowest = bytes.first.map(Int.init) else { continue }
            var candidate = max(stateCount - lowest, 1)
            var free = nextFree[0]
            for _ in 0..<maximumTries where free != 0 {
                if fits(bytes, at: free - lowest) {
                    candidate = free - lowest
                    break
                }
                free = nextFree[free]
            }
            grow(to: candidate + 256)
            table[stride * stateOf[node]] = Int32(candidate)
            for (byte, child) in edges {
                let state = candidate + Int(byte)
                table[stride * state + 1] = Int32(stateOf[node])
                table[stride * state + 2] = atoms[child].prefix
                table[stride * state + 3] = atoms[child].exact
                occupy(state)
                stateOf[child] = state
                queue.append(child)
            }
        }
        return table
    }

    /// Calls `found` with the atom of every prefix of `token` (read forwards, or backwards when
    /// `reversed`) and of the exact word equal to it.
    ///
    /// - Parameter table: this trie's ``table``, as a pointer obtained once per segment.
    /// - Complexity: O(*k*) in the token's length, each step two loads.
    @inline(__always)
    static func walk(
        _ table: UnsafeBufferPointer<Int32>, _ token: UnsafeBufferPointer<UInt8>, reversed: Bool,
        found: (Int32) -> Void
    ) {
        let length = token.count
        guard length > 0, table.count > stride else { return }
        var state = 0
        for consumed in 0..<length {
            let byte = token[reversed ? length - 1 - consumed : consumed]
            let child = Int(table[stride * state]) + Int(byte)
            guard table[stride * child + 1] == Int32(state) else { return }
            state = child
            if table[stride * state + 2] >= 0 { found(table[stride * state + 2]) }
        }
        if table[stride * state + 3] >= 0 { found(table[stride * state + 3]) }
    }
}
