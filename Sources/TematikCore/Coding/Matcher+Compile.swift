/// Turning a codebook's patterns into atoms and phrase-trie paths.
extension Matcher {
    /// The atoms of one pattern word, `nil` standing for `*`; an empty array when the word holds no
    /// letter or digit and so can never match.
    ///
    /// The word is tokenized and folded like text: `AI-Strateg*` is the one prefix `ai-strateg`, while a
    /// word that the tokenizer splits (`www.kommun.se`) becomes consecutive words of a phrase, the star
    /// sides keeping their meaning on the first and last of them. A joiner right before a star stays:
    /// `it-*` is the prefix `it-`.
    static func atoms(of word: Pattern.Word, into atoms: inout WordAtoms) -> [Int32?] {
        switch word {
        case .any:
            return [nil]
        case .regex(let source):
            return [atoms.atom(.regex, Array(source.utf8))]
        case .exact(let core):
            return pieces(core, leading: false, trailing: false).map { atoms.atom(.exact, $0) }
        case .prefix(let core):
            let parts = pieces(core, leading: false, trailing: true)
            return parts.indices.map { atoms.atom($0 == parts.count - 1 ? .prefix : .exact, parts[$0]) }
        case .suffix(let core):
            let parts = pieces(core, leading: true, trailing: false)
            return parts.indices.map { atoms.atom($0 == 0 ? .suffix : .exact, parts[$0]) }
        case .infix(let core):
            let parts = pieces(core, leading: true, trailing: true)
            if parts.count == 1 { return [atoms.atom(.infix, parts[0])] }
            return parts.indices.map { index in
                let kind: WordAtoms.Kind = index == 0 ? .suffix : index == parts.count - 1 ? .prefix : .exact
                return atoms.atom(kind, parts[index])
            }
        }
    }

    /// The folded tokens of `core`, keeping a single joiner at the start (`leading`) or end (`trailing`).
    private static func pieces(_ core: String, leading: Bool, trailing: Bool) -> [[UInt8]] {
        var buffer = TokenBuffer()
        buffer.tokenize(core)
        var parts = (0..<buffer.count).map { Array(buffer.folded(at: $0)) }
        guard !parts.isEmpty else { return [] }
        let bytes = Array(core.utf8)
        if trailing, let joiner = foldedJoiner(bytes[buffer.bytes(at: buffer.count - 1).upperBound...]) {
            parts[parts.count - 1].append(joiner)
        }
        if leading, let joiner = foldedJoiner(bytes[..<buffer.bytes(at: 0).lowerBound]) {
            parts[0].insert(joiner, at: 0)
        }
        return parts
    }

    /// The folded joiner when `bytes` is exactly one joiner, else `nil`.
    private static func foldedJoiner(_ bytes: ArraySlice<UInt8>) -> UInt8? {
        switch Array(bytes) {
        case [UInt8(ascii: "-")], [UInt8(ascii: ":")], [UInt8(ascii: "'")]: bytes.first
        case [0xE2, 0x80, 0x99]: UInt8(ascii: "'")
        default: nil
        }
    }
}
