/// A trie over pattern words (atoms): every pattern is a path from the root, one word per token, and
/// the node where it ends holds what it finds.
///
/// Single-word patterns are paths of length one; phrases share their common beginnings, so all the
/// phrases that start with `brist` are explored together. `*` (any one token) is an edge every token
/// takes.
struct PhraseTrie: Sendable {
    /// What a pattern that ends at a node finds.
    struct Outcome: Sendable {
        var code: Int32
        /// Index in the code's patterns, or in its exclude patterns when `isExclude`.
        var pattern: Int32
        var isExclude: Bool
    }

    /// The root's child for each atom, or -1.
    private(set) var rootChildren: [Int32]
    /// The root's `*` child, or -1.
    private(set) var rootAny: Int32 = -1
    /// Per node (0-based): its edges to other nodes by atom.
    private(set) var children: [[(atom: Int32, node: Int32)]] = []
    /// Per node: its `*` child, or -1.
    private(set) var anyChild: [Int32] = []
    /// Per node: the outcomes of the patterns that end there.
    private(set) var outcomes: [[Outcome]] = []

    /// An empty trie over `atomCount` atoms.
    init(atomCount: Int) { rootChildren = [Int32](repeating: -1, count: atomCount) }

    /// Whether node `node` has anything below it.
    func hasChildren(_ node: Int32) -> Bool { anyChild[Int(node)] >= 0 || !children[Int(node)].isEmpty }

    /// Adds a pattern: its words as atoms, `nil` standing for `*`.
    mutating func insert(_ words: [Int32?], outcome: Outcome) {
        var node: Int32 = -1
        for word in words {
            node = child(of: node, word) ?? addChild(to: node, word)
        }
        guard node >= 0 else { return }
        outcomes[Int(node)].append(outcome)
    }

    /// The child of `node` (-1 for the root) along `word`.
    func child(of node: Int32, _ word: Int32?) -> Int32? {
        let found: Int32
        switch (node < 0, word) {
        case (true, nil): found = rootAny
        case (true, let atom?): found = rootChildren[Int(atom)]
        case (false, nil): found = anyChild[Int(node)]
        case (false, let atom?): found = children[Int(node)].first(where: { $0.atom == atom })?.node ?? -1
        }
        return found >= 0 ? found : nil
    }

    private mutating func addChild(to node: Int32, _ word: Int32?) -> Int32 {
        let created = Int32(children.count)
        children.append([])
        anyChild.append(-1)
        outcomes.append([])
        switch (node < 0, word) {
        case (true, nil): rootAny = created
        case (true, let atom?): rootChildren[Int(atom)] = created
        case (false, nil): anyChild[Int(node)] = created
        case (false, let atom?): children[Int(node)].append((atom, created))
        }
        return created
    }
}
