/// One share of a corpus for a sharded run (`--shard i/N`): shard `index` of `count`.
///
/// A document belongs to the shard given by a hash of its id alone (the first 8 bytes of SHA-256 of the
/// id's UTF-8 bytes, big-endian, modulo `count`), so a document keeps its shard when files are added or
/// removed, and every machine agrees on it. Shard 0 also owns what belongs to the corpus as a whole:
/// listing problems (a folder named like a document), `metadata.csv` problems, skipped files.
public struct ShardSpec: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Which share, from 0 to `count - 1` (Slurm's `SLURM_ARRAY_TASK_ID` for `--array=0-(N-1)`).
    public var index: Int
    /// How many shares the corpus is split into (at least 1).
    public var count: Int

    /// The whole corpus as one share: what an unsharded run reads.
    public static let whole = ShardSpec(uncheckedIndex: 0, count: 1)

    /// Shard `index` of `count`, or `nil` unless `0 ≤ index < count`.
    public init?(index: Int, count: Int) {
        guard count >= 1, (0..<count).contains(index) else { return nil }
        self.init(uncheckedIndex: index, count: count)
    }

    /// Parses `i/N` as the command line gives it (`3/7`), or `nil` when it is not that.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(index: index, count: count)
    }

    private init(uncheckedIndex: Int, count: Int) {
        index = uncheckedIndex
        self.count = count
    }

    /// `i/N`.
    public var description: String { "\(index)/\(count)" }

    /// Whether this shard reads the document with `id`.
    public func owns(_ id: String) -> Bool {
        count == 1 || Self.shard(of: id, count: count) == index
    }

    /// Whether this shard reports what belongs to the corpus as a whole rather than to one document.
    public var ownsCorpusLevel: Bool { index == 0 }

    /// The shard, from 0 to `count - 1`, that the document with `id` belongs to.
    /// - Precondition: `count >= 1`.
    public static func shard(of id: String, count: Int) -> Int {
        let digest = Array(id.utf8).withUnsafeBytes { SHA256.digest(of: $0) }
        let prefix = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return Int(prefix % UInt64(count))
    }
}
