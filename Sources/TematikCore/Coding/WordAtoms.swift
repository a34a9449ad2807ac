/// The distinct single-token tests that a codebook's pattern words compile to, and the tables that run
/// them: exact and prefix words in one ``ByteTrie``, suffixes in a reversed one, and the rare infix and
/// regular-expression words in short lists used only on tokens not seen before in a call.
struct WordAtoms: Sendable {
    /// How an atom tests a folded token.
    enum Kind: Hashable, Sendable {
        case exact, prefix, suffix, infix, regex
    }

    private struct Key: Hashable {
        var kind: Kind
        var bytes: [UInt8]
    }

    private var ids: [Key: Int32] = [:]
    private var keys: [Key] = []
    private(set) var forward = ByteTrie([])
    private(set) var backward = ByteTrie([])
    /// Infix atoms and their folded bytes.
    private(set) var infixes: [(atom: Int32, bytes: [UInt8])] = []
    /// Regular-expression atoms and their sources.
    private(set) var regexes: [(atom: Int32, source: String)] = []

    /// The number of atoms.
    var count: Int { keys.count }

    /// Whether some atoms need the per-token cache (infix or regex).
    var hasSlowAtoms: Bool { !infixes.isEmpty || !regexes.isEmpty }

    /// The id of the atom testing `kind` with `bytes`, added if new.
    mutating func atom(_ kind: Kind, _ bytes: [UInt8]) -> Int32 {
        let key = Key(kind: kind, bytes: bytes)
        if let id = ids[key] { return id }
        let id = Int32(keys.count)
        ids[key] = id
        keys.append(key)
        return id
    }

    /// Builds the lookup tables once every atom is added.
    mutating func freeze() {
        let atoms = keys.enumerated().map { (key: $0.element, atom: Int32($0.offset)) }
        forward = ByteTrie(
            atoms.filter { $0.key.kind == .exact || $0.key.kind == .prefix }
                .map { ($0.key.bytes, $0.key.kind == .prefix, $0.atom) })
        backward = ByteTrie(atoms.filter { $0.key.kind == .suffix }.map { ($0.key.bytes.reversed(), true, $0.atom) })
        infixes = atoms.filter { $0.key.kind == .infix }.map { ($0.atom, $0.key.bytes) }
        regexes = atoms.filter { $0.key.kind == .regex }
            .map { ($0.atom, String(decoding: $0.key.bytes, as: UTF8.self)) }
    }
}
