/// A trie over folded token bytes whose nodes can mark an exact word and a prefix ending there.
///
/// Exact words and prefixes share one trie, walked forwards; suffixes get their own, filled with
/// reversed bytes and walked backwards. The root has a dense table of 256 children because every token
/// starts there; deeper nodes keep a short list of edges, since most have one child.
struct ByteTrie: Sendable {
    /// The root's child for each first byte, or -1.
    private var rootChildren = [Int32](repeating: -1, count: 256)
    /// Per node: its edges are `edgeBytes[firstEdge[n] ..< firstEdge[n + 1]]`, and likewise `edgeTargets`.
    private var firstEdge: [Int32] = []
    private var edgeBytes: [UInt8] = []
    private var edgeTargets: [Int32] = []
    /// Per node: the atom of the word that ends exactly here, or -1.
    private var exactAtom: [Int32] = []
    /// Per node: the atom of the prefix (or suffix) that ends here, or -1.
    private var prefixAtom: [Int32] = []

    /// Whether the trie holds no word at all.
    var isEmpty: Bool { exactAtom.isEmpty }

    /// A trie of `words`: each the folded bytes, whether it is a prefix (else exact), and its atom id.
    init(_ words: [(bytes: [UInt8], isPrefix: Bool, atom: Int32)]) {
        var children: [[UInt8: Int32]] = []
        var exact: [Int32] = []
        var prefix: [Int32] = []
        var roots: [UInt8: Int32] = [:]
        for word in words where !word.bytes.isEmpty {
            var node: Int32 = -1
            for byte in word.bytes {
                let next = node < 0 ? roots[byte] : children[Int(node)][byte]
                if let next {
                    node = next
                    continue
                }
                let created = Int32(children.count)
                children.append([:])
                exact.append(-1)
                prefix.append(-1)
                if node < 0 { roots[byte] = created } else { children[Int(node)][byte] = created }
                node = created
            }
            if word.isPrefix { prefix[Int(node)] = word.atom } else { exact[Int(node)] = word.atom }
        }
        for (byte, node) in roots { rootChildren[Int(byte)] = node }
        for edges in children {
            firstEdge.append(Int32(edgeBytes.count))
            for (byte, target) in edges.sorted(by: { $0.key < $1.key }) {
                edgeBytes.append(byte)
                edgeTargets.append(target)
            }
        }
        firstEdge.append(Int32(edgeBytes.count))
        exactAtom = exact
        prefixAtom = prefix
    }

    /// Calls `found` with the atom of every prefix of `token` (read forwards, or backwards when
    /// `reversed`) and of the exact word equal to it.
    ///
    /// - Complexity: O(*k*) in the token's length, each step a short edge scan.
    @inline(__always)
    func walk(_ token: UnsafeBufferPointer<UInt8>, reversed: Bool, found: (Int32) -> Void) {
        let length = token.count
        guard length > 0 else { return }
        var node = rootChildren[Int(token[reversed ? length - 1 : 0])]
        var consumed = 1
        while node >= 0 {
            let n = Int(node)
            if prefixAtom[n] >= 0 { found(prefixAtom[n]) }
            if consumed == length {
                if exactAtom[n] >= 0 { found(exactAtom[n]) }
                return
            }
            let byte = token[reversed ? length - 1 - consumed : consumed]
            consumed += 1
            node = -1
            for edge in Int(firstEdge[n])..<Int(firstEdge[n + 1]) where edgeBytes[edge] == byte {
                node = edgeTargets[edge]
                break
            }
        }
    }
}
