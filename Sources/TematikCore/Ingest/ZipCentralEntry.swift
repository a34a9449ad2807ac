/// One entry of a ZIP archive's central directory, with the sizes and offset that ZIPFoundation takes.
///
/// A 32-bit size or offset of `0xFFFFFFFF` (and a disk number of `0xFFFF`) is a ZIP64 marker: its value is in
/// the entry's first ZIP64 extra field (id 1), which holds, in this order, the uncompressed size, the
/// compressed size, the local header's offset (8 bytes each) and the disk number (4 bytes), each only where
/// the entry has the marker. As in ZIPFoundation, a field of any other length is not read (the entry is then
/// refused), and a value of 0 there leaves the marker standing: ZIPFoundation would read the local header
/// at 4 GiB, so an offset marked that way is refused as unsupported (a size, which only locates a data
/// descriptor, goes on to the bounds checks).
struct ZipCentralEntry: Hashable, Sendable {
    /// The general-purpose flags; bit 3 announces a data descriptor after the data.
    var flags: UInt16
    /// The compression method the directory gives (0 stored, 8 deflate).
    var method: UInt16
    var compressedSize: Int
    var uncompressedSize: Int
    /// Where the entry's local header starts.
    var localHeader: Int
    /// Where the next entry of the directory starts.
    var next: Int

    private static let signature: UInt32 = 0x0201_4B50
    private static let marker = 0xFFFF_FFFF

    /// The entry at `position`, which with its name, extra field and comment must end by `limit`.
    /// - Throws: a ``ZipProblem`` when there is no entry there, or its ZIP64 values cannot be read.
    init(in bytes: UnsafeRawBufferPointer, at position: Int, limit: Int, announced entries: Int) throws(ZipProblem) {
        let shorter = ZipProblem.damaged("its central directory is shorter than the \(entries) entries it announces")
        guard position <= limit - 46, bytes.uint32LE(at: position) == Self.signature else { throw shorter }
        let nameLength = Int(bytes.uint16LE(at: position + 28))
        let extraLength = Int(bytes.uint16LE(at: position + 30))
        let extra = position + 46 + nameLength
        next = extra + extraLength + Int(bytes.uint16LE(at: position + 32))
        guard next <= limit else { throw shorter }
        flags = bytes.uint16LE(at: position + 8)
        method = bytes.uint16LE(at: position + 10)
        var values = [position + 24, position + 20, position + 42].map { Int(bytes.uint32LE(at: $0)) }
        let marked = values.map { $0 == Self.marker }
        let diskMarked = bytes.uint16LE(at: position + 34) == 0xFFFF
        if marked.contains(true) || diskMarked {
            let length = 8 * marked.count(where: { $0 }) + (diskMarked ? 4 : 0)
            guard let field = Self.zip64Field(bytes, in: extra..<(extra + extraLength)), field.count == length else {
                throw .damaged("an entry marks its size or offset as ZIP64 but has no ZIP64 field")
            }
            var cursor = field.lowerBound
            for i in values.indices where marked[i] {
                let value = bytes.intLE64(at: cursor)
                cursor += 8
                if value > 0 {
                    values[i] = value
                } else if i == 2 {
                    let name = UnsafeRawBufferPointer(rebasing: bytes[(position + 46)..<extra])
                    throw .unsupported(
                        "the entry '\(String(decoding: name, as: UTF8.self))' gives its local header's offset as "
                            + "a ZIP64 value of 0, which ZIPFoundation reads as 4 GiB")
                }
            }
        }
        uncompressedSize = values[0]
        compressedSize = values[1]
        localHeader = values[2]
    }

    /// The data of the first extra field with id 1 in `extra`, found as ZIPFoundation finds it: fields are
    /// walked in order, and a field that runs past the end of `extra` ends the walk.
    private static func zip64Field(_ bytes: UnsafeRawBufferPointer, in extra: Range<Int>) -> Range<Int>? {
        var field = extra.lowerBound
        while field + 4 < extra.upperBound {
            let end = field + 4 + Int(bytes.uint16LE(at: field + 2))
            guard end <= extra.upperBound else { return nil }
            if bytes.uint16LE(at: field) == 0x0001 { return (field + 4)..<end }
            field = end
        }
        return nil
    }
}
