/// Checks that every offset a ZIP archive's directory gives lies inside the archive, before ZIPFoundation
/// reads it.
///
/// ZIPFoundation reads an in-memory archive through a `FILE` whose read callback traps when a seek went
/// past the end of the data (found by fuzzing: a central-directory offset beyond the file). So the end
/// records, the central directory, each local header and each entry's compressed data are checked here
/// first, with the values ZIPFoundation takes (``ZipDirectory``, ``ZipCentralEntry``): a ZIP64 archive's
/// 64-bit values where it has them, the marker `0xFFFFFFFF` where it promises a ZIP64 value and gives
/// none (found by fuzzing: a marker with no field made ZIPFoundation seek to offset 4 GiB).
enum ZipBounds {
    /// The archive's central-directory entries, in order, but no more than `limit` + 1 of them, so that a
    /// caller refusing more than `limit` entries never walks a huge directory.
    /// - Throws: a ``ZipProblem`` naming the first offset that points outside `bytes`, or a ZIP64 layout
    ///   that ZIPFoundation would misread.
    static func entries(in bytes: UnsafeRawBufferPointer, limit: Int) throws(ZipProblem) -> [ZipCentralEntry] {
        let directory = try ZipDirectory(in: bytes)
        // Written as subtractions: ZIP64 values may be near Int.max, and a sum would overflow.
        guard directory.offset <= directory.limit, directory.size <= directory.limit - directory.offset else {
            throw .damaged(
                "its central directory (offset \(directory.offset), \(directory.size) bytes) lies outside the file")
        }
        var entries: [ZipCentralEntry] = []
        var position = directory.offset
        // Every entry takes at least 46 bytes, so a faked count ends the loop at the directory's end.
        while entries.count < directory.entries, entries.count <= limit {
            let entry = try ZipCentralEntry(
                in: bytes, at: position, limit: directory.limit, announced: directory.entries)
            try check(entry, in: bytes)
            entries.append(entry)
            position = entry.next
        }
        return entries
    }

    /// Checks that the local header, the data and any data descriptor of `entry` lie inside `bytes`.
    private static func check(_ entry: ZipCentralEntry, in bytes: UnsafeRawBufferPointer) throws(ZipProblem) {
        let local = entry.localHeader
        guard local <= bytes.count - 30 else { throw .damaged("an entry's local header lies outside the file") }
        let header = 30 + Int(bytes.uint16LE(at: local + 26)) + Int(bytes.uint16LE(at: local + 28))
        guard header <= bytes.count - local, entry.compressedSize <= bytes.count - local - header else {
            throw .damaged("an entry's data runs past the end of the file")
        }
        // ZIPFoundation looks for a data descriptor (flag bit 3) after the entry's data, which for a stored
        // entry it measures by the uncompressed size, and crashes reading past the end of the file.
        if entry.flags & 0x08 != 0 {
            let size = entry.method == 0 ? entry.uncompressedSize : entry.compressedSize
            guard size <= bytes.count - local - header else {
                throw .damaged("an entry's data descriptor lies past the end of the file")
            }
        }
    }
}
