/// Where one entry's stored bytes lie in a ZIP archive, from its central-directory entry and local header.
///
/// ZIPFoundation inflates an entry by reading the archive from the entry's start until the deflate stream
/// ends, past the entry's compressed size and, at the end of the file, forever: a stream that never ends
/// (the fuzzer built one from a shifted central directory) hangs it. ``ZipPackage`` therefore hands the
/// inflater only the entry's own bytes, found here, for every archive, ZIP64 ones included.
struct ZipEntrySpan: Hashable, Sendable {
    /// The compressed bytes: after the local header (its name and extra field, ZIP64 sizes included), as
    /// long as the central directory says.
    var range: Range<Int>
    /// The local header's compression method (0 stored, 8 deflate).
    var method: UInt16

    private static let localSignature: UInt32 = 0x0403_4B50

    /// The span of `entry`, checked by ``ZipBounds`` to lie inside `bytes`; `nil` when no local header
    /// starts where the entry says (ZIPFoundation stops listing entries there).
    init?(_ entry: ZipCentralEntry, in bytes: UnsafeRawBufferPointer) {
        let local = entry.localHeader
        guard bytes.uint32LE(at: local) == Self.localSignature else { return nil }
        let start = local + 30 + Int(bytes.uint16LE(at: local + 26)) + Int(bytes.uint16LE(at: local + 28))
        range = start..<(start + entry.compressedSize)
        method = bytes.uint16LE(at: local + 8)
    }
}
