/// Bounds on what one ZIP entry may inflate to, so that a zip bomb fails fast with bounded memory.
///
/// Both limits are enforced while the entry is being inflated, by counting the bytes that come out;
/// the sizes in the ZIP headers are written by whoever made the file and are never trusted alone.
public struct ZipLimits: Hashable, Sendable {
    /// The most bytes one entry may inflate to.
    public var maxEntrySize: Int
    /// The most an entry may grow on inflating: inflated bytes over compressed bytes.
    ///
    /// Checked only once an entry has inflated past ``ratioFloor``, because small, repetitive XML
    /// parts legitimately compress very well and are harmless at that size.
    public var maxCompressionRatio: Int
    /// The inflated size below which ``maxCompressionRatio`` is not checked.
    public var ratioFloor: Int
    /// The most entries an archive may have; a Word file has a few dozen.
    public var maxEntries: Int

    /// The limits used when none are given: 512 MiB per entry, ratio 200 beyond 1 MiB, 10,000 entries.
    public static let `default` = ZipLimits()

    /// Limits from explicit values.
    /// - Parameters:
    ///   - maxEntrySize: the most bytes one entry may inflate to.
    ///   - maxCompressionRatio: the most inflated bytes per compressed byte.
    ///   - ratioFloor: the inflated size from which the ratio is checked.
    ///   - maxEntries: the most entries an archive may have.
    public init(
        maxEntrySize: Int = 512 << 20, maxCompressionRatio: Int = 200, ratioFloor: Int = 1 << 20,
        maxEntries: Int = 10_000
    ) {
        self.maxEntrySize = maxEntrySize
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioFloor = ratioFloor
        self.maxEntries = maxEntries
    }
}
