/// Where a ZIP archive's central directory lies and how many entries it announces, read from the end
/// records as ZIPFoundation reads them.
///
/// The end-of-central-directory record is the last one within the file's final 64 KiB + 22 bytes, and its
/// comment must fit in the bytes after it. When a ZIP64 locator lies right before it and a ZIP64 end
/// record (version 4.5 or later) right before that, the ZIP64 record's 64-bit entry count, directory size
/// and offset replace the end record's, whatever the end record holds; this is where ZIPFoundation looks,
/// so a ZIP64 record anywhere else is refused. Without a locator the end record's values are taken as
/// they are, markers included.
struct ZipDirectory: Hashable, Sendable {
    /// The entries the directory announces.
    var entries: Int
    /// Where the directory starts.
    var offset: Int
    /// The directory's size in bytes.
    var size: Int
    /// Where the end records start: the directory and its entries must end before this.
    var limit: Int

    private static let endSignature: UInt32 = 0x0605_4B50
    private static let zip64EndSignature: UInt32 = 0x0606_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    /// The ZIP64 end record without its extensible data, and the locator after it.
    private static let zip64RecordSize = 56
    private static let zip64LocatorSize = 20

    /// The directory of the archive in `bytes`.
    /// - Throws: a ``ZipProblem`` when there is no end record, or a ZIP64 locator without its record right
    ///   before it.
    init(in bytes: UnsafeRawBufferPointer) throws(ZipProblem) {
        guard bytes.count >= 22 else { throw .damaged("it has no end-of-central-directory record") }
        var end = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while end >= lowest, bytes.uint32LE(at: end) != Self.endSignature { end -= 1 }
        guard end >= lowest else { throw .damaged("it has no end-of-central-directory record") }
        // ZIPFoundation refuses an end record whose comment runs past the file, and then leaks the whole
        // in-memory archive (found by fuzzing with LeakSanitizer): refuse it here first.
        guard Int(bytes.uint16LE(at: end + 20)) <= bytes.count - end - 22 else {
            throw .damaged("its end-of-central-directory record announces a comment longer than the rest of the file")
        }
        let locator = end - Self.zip64LocatorSize
        guard locator > 0, bytes.uint32LE(at: locator) == Self.zip64LocatorSignature else {
            self.init(
                entries: Int(bytes.uint16LE(at: end + 10)), offset: Int(bytes.uint32LE(at: end + 16)),
                size: Int(bytes.uint32LE(at: end + 12)), limit: end)
            return
        }
        let record = locator - Self.zip64RecordSize
        guard record > 0, bytes.uint32LE(at: record) == Self.zip64EndSignature,
            bytes.uint16LE(at: record + 14) >= 45, bytes.intLE64(at: locator + 8) == record
        else { throw .damaged("its ZIP64 end record is missing or not right before its ZIP64 locator") }
        self.init(
            entries: bytes.intLE64(at: record + 32), offset: bytes.intLE64(at: record + 48),
            size: bytes.intLE64(at: record + 40), limit: record)
    }

    private init(entries: Int, offset: Int, size: Int, limit: Int) {
        self.entries = entries
        self.offset = offset
        self.size = size
        self.limit = limit
    }
}
