/// A trie over folded token bytes whose nodes can mark an exact word and a prefix ending there.
///
/// Exact words and prefixes share one trie, walked forwards; suffixes get their own, filled with
/// reversed bytes and walked backwards. The whole trie is one `Int32` table, so a walk needs one
/// pointer: the root's 256 children come first (every token starts there), then each node as
/// `[prefix atom, exact atom, edge count, (byte, child)…]`, with -1 for none.
struct ByteTrie: Sendable {
    private(set) var table = [Int32](repeating: -1, count: 256)

    /// Whether the trie holds no word at all.
    var isEmpty: Bool { table.count == 256 }

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
        var offsets = [Int32](repeating: 0, count: children.count)
        var next = 256
        for node in children.indices.dropFirst() {
            offsets[node] = Int32(next)
            next += 3 + 2 * children[node].count
        }
        for (byte, child) in children[0] { table[Int(byte)] = offsets[child] }
        for node in children.indices.dropFirst() {
            table += [atoms[node].prefix, atoms[node].exact, Int32(children[node].count)]
            for (byte, child) in children[node].sorted(by: { $0.key < $1.key }) {
                table += [Int32(byte), offsets[child]]
            }
        }
    }

    /// Calls `found` with the atom of every prefix of `token` (read forwards, or backwards when
    /// `reversed`) and of the exact word equal to it.
    ///
    /// - Parameter table: this trie's ``table``, as a pointer obtained once per segment.
    /// - Complexity: O(*k*) in the token's length, each step a short edge scan.
    @inline(__always)
    static func walk(
        _ table: UnsafeBufferPointer<Int32>, _ token: UnsafeBufferPointer<UInt8>, reversed: Bool,
        found: (Int32) -> Void
    ) {
        let length = token.count
        guard length > 0 else { return }
        var node = Int(table[Int(token[reversed ? length - 1 : 0])])
        var consumed = 1
        while node >= 0 {
            if table[node] >= 0 { found(table[node]) }
            if consumed == length {
                if table[node + 1] >= 0 { found(table[node + 1]) }
                return
            }
            let byte = Int32(token[reversed ? length - 1 - consumed : consumed])
            consumed += 1
            let edges = node + 3
            let end = edges + 2 * Int(table[node + 2])
            node = -1
            var edge = edges
            while edge < end {
                if table[edge] == byte {
                    node = Int(table[edge + 1])
                    break
                }
                edge += 2
            }
        }
    }
}
