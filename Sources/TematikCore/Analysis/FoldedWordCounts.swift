/// Counts per word, keyed by the word's folded UTF-8 bytes, so that counting a token needs no `String`.
///
/// An open-addressing hash table over one byte arena: each distinct word's bytes are stored once, and its
/// entry (hash, place in the arena, count) sits in the table's slot itself, so that a lookup reads one
/// slot and then compares the bytes in place; with the entries behind an index, a lookup waited for
/// memory twice before comparing. Strings are made only when the counts are read (``dictionary``).
/// Encoded as the `[String: Int]` it stands for.
struct FoldedWordCounts: Sendable {
    private struct Entry: Sendable {
        var hash: UInt64
        var start: Int
        /// The word's length in bytes, or -1 for an empty slot.
        var length: Int
        /// The count, or -1 for a word seen and not counted.
        var count: Int

        static let empty = Entry(hash: 0, start: 0, length: -1, count: 0)
        var isEmpty: Bool { length < 0 }
        /// Whether the slot holds a word that is counted (not empty, not marked as not counted).
        var isCounted: Bool { !isEmpty && count >= 0 }
    }

    /// The words' bytes, end to end.
    private var arena: [UInt8] = []
    /// The entries; the count is a power of two, at most half of them used. Empty until the first word
    /// comes: there is a table for every code, theme and pattern.
    private var slots: [Entry] = []
    /// The slots in use.
    private var words = 0

    /// No words.
    init() {}

    /// The counts of `counts`.
    init(_ counts: [String: Int]) {
        for (word, count) in counts {
            var word = word
            word.withUTF8 { add($0, count: count) }
        }
    }

    /// The counts with their words as strings (words marked as not counted left out).
    var dictionary: [String: Int] {
        var result = [String: Int](minimumCapacity: words)
        for entry in slots where entry.isCounted {
            result[String(decoding: arena[entry.start..<entry.start + entry.length], as: UTF8.self)] = entry.count
        }
        return result
    }

    /// The sum of the counts (words marked as not counted left out).
    var total: Int { slots.reduce(0) { $1.isCounted ? $0 + $1.count : $0 } }

    /// The counted words by count (descending), then word (UTF-8 byte order), at most `limit` of them: the
    /// order of every word list in a report.
    ///
    /// A string is made only for each word returned, and words are compared as bytes: a corpus with a
    /// large vocabulary has tens of thousands of uncovered words, of which the audit shows a few dozen, and
    /// the ranking runs at the end of a run, with nothing beside it on the other cores.
    /// - Complexity: O(*n* log *n*) for *n* words, comparing counts; words are compared only where counts tie
    ///   and the word could be in the list.
    func rankedWords(limit: Int = .max) -> [WordCount] {
        guard limit > 0 else { return [] }
        var ranked = slots.indices.filter { slots[$0].isCounted }
        if limit < ranked.count {
            // Only a word counted at least as often as the limit-th most counted one can be in the list.
            let least = ranked.map { slots[$0].count }.sorted(by: >)[limit - 1]
            ranked.removeAll { slots[$0].count < least }
        }
        return slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                func word(_ slot: Int) -> UnsafeBufferPointer<UInt8> {
                    UnsafeBufferPointer(rebasing: arena[slots[slot].start..<slots[slot].start + slots[slot].length])
                }
                ranked.sort { first, second in
                    let (one, other) = (slots[first].count, slots[second].count)
                    return one != other ? one > other : word(first).lexicographicallyPrecedes(word(second))
                }
                return ranked.prefix(limit).map {
                    WordCount(word: String(decoding: word($0), as: UTF8.self), count: slots[$0].count)
                }
            }
        }
    }

    /// Adds `count` to the word whose folded bytes are `word`.
    /// - Complexity: O(*n*) in the word's length, amortised; no allocation once the word has been seen.
    mutating func add(_ word: UnsafeBufferPointer<UInt8>, count: Int = 1) {
        add(word, hash: Self.hash(word), count: count)
    }

    private mutating func add(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64, count: Int) {
        let (slot, found) = find(word, hash: hash)
        if found {
            slots[slot].count += count
        } else {
            insert(word, hash: hash, slot: slot, count: count)
        }
    }

    /// Adds one to `word` if `isCounted(word)`, asking only the first time a word is seen: a word that is
    /// not counted is kept with a mark, so the next lookup of it settles it.
    mutating func add(_ word: UnsafeBufferPointer<UInt8>, if isCounted: (UnsafeBufferPointer<UInt8>) -> Bool) {
        let hash = Self.hash(word)
        let (slot, found) = find(word, hash: hash)
        if found {
            if slots[slot].isCounted { slots[slot].count += 1 }
        } else {
            insert(word, hash: hash, slot: slot, count: isCounted(word) ? 1 : -1)
        }
    }

    /// Whether `word` has been counted.
    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let (slot, found) = find(word, hash: Self.hash(word))
        return found && slots[slot].isCounted
    }

    /// Adds the counts of `other`.
    mutating func merge(_ other: FoldedWordCounts) {
        other.arena.withUnsafeBufferPointer { bytes in
            for entry in other.slots where entry.isCounted {
                let word = UnsafeBufferPointer(rebasing: bytes[entry.start..<entry.start + entry.length])
                add(word, hash: entry.hash, count: entry.count)
            }
        }
    }

    /// The slot of the word, or else the empty slot where it belongs (-1 while there are no slots).
    private func find(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, found: Bool) {
        guard !slots.isEmpty else { return (-1, false) }
        let mask = slots.count - 1
        return slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                var slot = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let entry = slots[slot]
                    if entry.isEmpty { return (slot, false) }
                    if entry.hash == hash, entry.length == word.count, Self.equal(arena, at: entry.start, word) {
                        return (slot, true)
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// Whether the bytes of `arena` from `start` on begin with `word` (whose length has been checked).
    ///
    /// Compared eight bytes at a time, then the rest byte by byte: words are short, and a call to
    /// `memcmp` for each cost more than the comparison.
    private static func equal(
        _ arena: UnsafeBufferPointer<UInt8>, at start: Int, _ word: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard let stored = arena.baseAddress, let given = word.baseAddress else { return word.isEmpty }
        let (left, right) = (UnsafeRawPointer(stored + start), UnsafeRawPointer(given))
        var offset = 0
        while offset + 8 <= word.count {
            guard
                left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    == right.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            else { return false }
            offset += 8
        }
        while offset < word.count {
            guard word[offset] == arena[start + offset] else { return false }
            offset += 1
        }
        return true
    }

    private mutating func insert(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64, slot: Int, count: Int) {
        var slot = slot
        if slots.isEmpty {
            slots = [Entry](repeating: .empty, count: 64)
            slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        }
        slots[slot] = Entry(hash: hash, start: arena.count, length: word.count, count: count)
        arena.append(contentsOf: word)
        words += 1
        if words * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        let old = slots
        slots = [Entry](repeating: .empty, count: old.count * 2)
        let mask = slots.count - 1
        for entry in old where !entry.isEmpty {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while !slots[slot].isEmpty { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }

    /// A hash of the bytes read eight, four, two and one at a time (most words take one or two loads), each
    /// load mixed in by a multiplication, with a final mix so that the low bits, which pick the slot,
    /// depend on every byte. Never stored: the table is rebuilt from words when decoded.
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(word.count)
        guard let base = word.baseAddress else { return hash }
        let bytes = UnsafeRawPointer(base)
        func mix(_ value: UInt64) { hash = (hash ^ value) &* 0xFF51_AFD7_ED55_8CCD }
        var offset = 0
        while offset + 8 <= word.count {
            mix(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        if offset + 4 <= word.count {
            mix(UInt64(bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
            offset += 4
        }
        if offset + 2 <= word.count {
            mix(UInt64(bytes.loadUnaligned(fromByteOffset: offset, as: UInt16.self)) | 1 << 40)
            offset += 2
        }
        if offset < word.count { mix(UInt64(word[offset]) | 1 << 48) }
        hash ^= hash >> 32
        hash = hash &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ hash >> 29
    }
}

extension FoldedWordCounts: Codable {
    init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode([String: Int].self))
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(dictionary)
    }
}
