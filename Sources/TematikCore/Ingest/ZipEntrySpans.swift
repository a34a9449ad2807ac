/// Where each entry's stored bytes lie in a ZIP archive, from its central directory and local headers.
///
/// ZIPFoundation inflates an entry by reading the archive from the entry's start until the deflate stream
/// ends, past the entry's compressed size and, at the end of the file, forever: a stream that never ends
/// (the fuzzer built one from a shifted central directory) hangs it. ``ZipPackage`` therefore hands the
/// inflater only the entry's own bytes, found here.
struct ZipEntrySpan: Hashable, Sendable {
    /// The compressed bytes: after the local header, as long as the central directory says.
    var range: Range<Int>
    /// The local header's compression method (0 stored, 8 deflate).
    var method: UInt16
}

extension ZipBounds {
    /// The span of each entry in central-directory order (the order in which ZIPFoundation lists entries, up to
    /// the first whose local header it cannot read); an entry's span is `nil` when its local header or data
    /// lies outside the file. `nil` for an archive this walk does not cover (ZIP64, or one that
    /// ``problem(in:)`` refuses).
    static func spans(in bytes: UnsafeRawBufferPointer) -> [ZipEntrySpan?]? {
        guard problem(in: bytes) == nil, bytes.count >= 22 else { return nil }
        var end = bytes.count - 22
        while end > 0, uint32LE(bytes, end) != 0x0605_4B50 { end -= 1 }
        let entries = Int(uint16LE(bytes, end + 10))
        let directoryOffset = Int(uint32LE(bytes, end + 16))
        let marker = 0xFFFF_FFFF
        guard entries != 0xFFFF, directoryOffset != marker, Int(uint32LE(bytes, end + 12)) != marker else {
            return nil
        }
        var spans: [ZipEntrySpan?] = []
        var position = directoryOffset
        for _ in 0..<entries {
            guard position + 46 <= end else { break }
            let compressed = Int(uint32LE(bytes, position + 20))
            let local = Int(uint32LE(bytes, position + 42))
            guard compressed != marker, local != marker, Int(uint32LE(bytes, position + 24)) != marker else {
                return nil
            }
            spans.append(span(bytes, local: local, compressed: compressed))
            position +=
                46 + Int(uint16LE(bytes, position + 28)) + Int(uint16LE(bytes, position + 30))
                + Int(uint16LE(bytes, position + 32))
        }
        return spans
    }

    /// The data after the local header at `local`, `compressed` bytes long, if both lie inside the file.
    private static func span(_ bytes: UnsafeRawBufferPointer, local: Int, compressed: Int) -> ZipEntrySpan? {
        guard local <= bytes.count - 30, uint32LE(bytes, local) == 0x0403_4B50 else { return nil }
        let start = local + 30 + Int(uint16LE(bytes, local + 26)) + Int(uint16LE(bytes, local + 28))
        guard start <= bytes.count, compressed <= bytes.count - start else { return nil }
        return ZipEntrySpan(range: start..<(start + compressed), method: uint16LE(bytes, local + 8))
    }

    private static func uint16LE(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private static func uint32LE(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt32 {
        UInt32(uint16LE(bytes, offset)) | UInt32(uint16LE(bytes, offset + 2)) << 16
    }
}
