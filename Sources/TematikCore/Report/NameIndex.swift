/// Names to replace inside text, each with its pseudonym, matched as whole words in any case.
///
/// A name matches where its characters appear with any letter case (`Anna`, `ANNA`, `anna`: the folded
/// forms of the codebook audit are caught too) and neither the character before nor the one after is a
/// letter or digit. Where names overlap, the longer one wins (`Anna Berg` before `Anna`). In a path (a
/// document id), `_`, `-`, `.`, space and `/` all separate words, in the path and in the name alike, so
/// `anna_berg`, `Anna-Berg` and `anna.berg` are all `Anna Berg`.
struct NameIndex: Hashable, Sendable {
    /// Folded name (one folded string per character of the name) to its pseudonym.
    private var names: [[String]: String] = [:]
    /// Names by their first folded character, longest first, for the scan.
    private var byFirst: [String: [[String]]] = [:]
    /// Each word of a name of several words, folded, to the name's pseudonym: a word list (top words, the
    /// codebook audit) holds single tokens, so `holm` of `Lisa Holm` must be caught on its own there.
    private var parts: [String: String] = [:]

    /// Whether no name is listed.
    var isEmpty: Bool { names.isEmpty }

    /// The pseudonym listed for `name` in any case, if any.
    func pseudonym(for name: String) -> String? { names[Self.fold(Array(name))] }

    /// Adds `name` with `pseudonym`; a name already listed keeps its first pseudonym.
    mutating func add(_ name: String, pseudonym: String) {
        let folded = Self.fold(Array(name))
        guard let first = folded.first, names[folded] == nil else { return }
        names[folded] = pseudonym
        byFirst[first, default: []].append(folded)
        byFirst[first]?.sort { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) }
        let words = name.lowercased().split { !Self.isWordCharacter($0) }
        for word in words where words.count > 1 && word.count >= 2 && parts[String(word)] == nil {
            parts[String(word)] = pseudonym
        }
    }

    /// The pseudonym of a name that `word` (one folded token) is, or is a word of.
    func pseudonym(forWord word: String) -> String? { names[Self.fold(Array(word))] ?? parts[word] }

    /// Every listed name in `text` as a span to replace with its pseudonym; with `isPath`, path separators
    /// count as spaces.
    func spans(in text: [Character], isPath: Bool = false) -> [MaskSpan] {
        guard !names.isEmpty else { return [] }
        let folded = isPath ? Self.fold(text).map(Self.pathSeparated) : Self.fold(text)
        var spans: [MaskSpan] = []
        var i = 0
        while i < folded.count {
            let atWordStart = i == 0 || !Self.isWordCharacter(text[i - 1])
            if atWordStart, let candidates = byFirst[folded[i]],
                let name = candidates.first(where: {
                    matches(isPath ? $0.map(Self.pathSeparated) : $0, folded, text, at: i)
                }),
                let pseudonym = names[name]
            {
                spans.append(MaskSpan(range: i..<(i + name.count), replacement: pseudonym))
                i += name.count
            } else {
                i += 1
            }
        }
        return spans
    }

    private func matches(_ name: [String], _ folded: [String], _ text: [Character], at i: Int) -> Bool {
        let end = i + name.count
        guard end <= folded.count, folded[i..<end].elementsEqual(name) else { return false }
        return end == text.count || !Self.isWordCharacter(text[end])
    }

    /// A folded character of a path with the separators `_`, `-`, `.` and `/` turned into spaces.
    private static func pathSeparated(_ folded: String) -> String {
        folded == "_" || folded == "-" || folded == "." || folded == "/" ? " " : folded
    }

    /// Each character lower-cased on its own, so offsets stay those of the original characters.
    static func fold(_ characters: [Character]) -> [String] { characters.map { $0.lowercased() } }

    static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }
}
