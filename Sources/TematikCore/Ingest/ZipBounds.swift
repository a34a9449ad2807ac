import Foundation

/// Checks that every offset a ZIP archive's directory gives lies inside the archive, before ZIPFoundation
/// reads it.
///
/// ZIPFoundation reads an in-memory archive through a `FILE` whose read callback traps when a seek went
/// past the end of the data (found by fuzzing: a central-directory offset beyond the file). So the end
/// record, the central directory, each local header and each entry's compressed data are checked here
/// first. An entry whose size or offset is the ZIP64 marker `0xFFFFFFFF` must carry the ZIP64 extra field,
/// and the values there are checked instead (found by fuzzing: a marker with no field made ZIPFoundation
/// seek to offset 4 GiB).
enum ZipBounds {
    private static let endSignature: UInt32 = 0x0605_4B50
    private static let centralSignature: UInt32 = 0x0201_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    private static let zip64Marker = 0xFFFF_FFFF

    /// Why the directory of `bytes` points outside it, or `nil` when every checked offset is inside.
    static func problem(in bytes: UnsafeRawBufferPointer) -> String? {
        // As ZIPFoundation does: the last end record within the final 64 KiB + 22 bytes.
        guard bytes.count >= 22 else { return "it has no end-of-central-directory record" }
        var end = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while end >= lowest, uint32(bytes, end) != endSignature { end -= 1 }
        guard end >= lowest else { return "it has no end-of-central-directory record" }
        let entries = uint16(bytes, end + 10)
        let directorySize = uint32(bytes, end + 12)
        let directoryOffset = uint32(bytes, end + 16)
        let zip64 = Int(directorySize) == zip64Marker || Int(directoryOffset) == zip64Marker || entries == 0xFFFF
        // A ZIP64 archive has a locator just before the end record; without one the values are taken as they are.
        if zip64, end >= 20, uint32(bytes, end - 20) == zip64LocatorSignature {
            let record = uint32(bytes, end - 12)  // the high half is beyond any file read into memory
            return Int(record) + 56 <= end - 20 && uint32(bytes, end - 8) == 0
                ? nil : "its ZIP64 end record lies outside the file"
        }
        guard Int(directoryOffset) + Int(directorySize) <= end else {
            return "its central directory (offset \(directoryOffset), \(directorySize) bytes) lies outside the file"
        }
        var position = Int(directoryOffset)
        for _ in 0..<entries {
            guard position + 46 <= end, uint32(bytes, position) == centralSignature else {
                return "its central directory is shorter than the \(entries) entries it announces"
            }
            let nameLength = Int(uint16(bytes, position + 28))
            let extraLength = Int(uint16(bytes, position + 30))
            guard position + 46 + nameLength + extraLength <= end else {
                return "its central directory is shorter than the \(entries) entries it announces"
            }
            guard
                let (compressed, uncompressed, local) = sizes(
                    bytes, entry: position,
                    extra: (position + 46 + nameLength)..<(position + 46 + nameLength + extraLength))
            else { return "an entry marks its size or offset as ZIP64 but has no ZIP64 field" }
            // Written as subtractions: ZIP64 values may be near Int.max, and a sum would overflow.
            guard local <= bytes.count - 30 else { return "an entry's local header lies outside the file" }
            let header = 30 + Int(uint16(bytes, local + 26)) + Int(uint16(bytes, local + 28))
            guard compressed <= bytes.count - local - header else {
                return "an entry's data runs past the end of the file"
            }
            // ZIPFoundation looks for a data descriptor (flag bit 3) after the entry's data, which for a stored
            // entry it measures by the uncompressed size, and crashes reading past the end of the file.
            if uint16(bytes, position + 8) & 0x08 != 0 {
                let stored = uint16(bytes, position + 10) == 0
                guard (stored ? uncompressed : compressed) <= bytes.count - local - header else {
                    return "an entry's data descriptor lies past the end of the file"
                }
            }
            position += 46 + nameLength + extraLength + Int(uint16(bytes, position + 32))
        }
        return nil
    }

    /// The compressed size and local-header offset of the central-directory entry at `entry`, taking
    /// ZIP64 values from the extra field in `extra` where the entry holds the marker; `nil` when a marker
    /// has no value to go with it. Values beyond `Int.max` are clamped, so they fail the bounds checks.
    private static func sizes(_ bytes: UnsafeRawBufferPointer, entry: Int, extra: Range<Int>) -> (Int, Int, Int)? {
        var uncompressed = Int(uint32(bytes, entry + 24))
        var compressed = Int(uint32(bytes, entry + 20))
        var local = Int(uint32(bytes, entry + 42))
        guard compressed == zip64Marker || local == zip64Marker || uncompressed == zip64Marker else {
            return (compressed, uncompressed, local)
        }
        var field = extra.lowerBound
        while field + 4 <= extra.upperBound {
            let id = uint16(bytes, field)
            let length = Int(uint16(bytes, field + 2))
            guard id == 0x0001 else {
                field += 4 + length
                continue
            }
            var value = field + 4
            let fieldEnd = min(value + length, extra.upperBound)
            func next() -> Int? {
                guard value + 8 <= fieldEnd else { return nil }
                let low = UInt64(uint32(bytes, value))
                let high = UInt64(uint32(bytes, value + 4))
                value += 8
                return Int(clamping: high << 32 | low)
            }
            if uncompressed == zip64Marker { guard let real = next() else { return nil }; uncompressed = real }
            if compressed == zip64Marker { guard let real = next() else { return nil }; compressed = real }
            if local == zip64Marker { guard let real = next() else { return nil }; local = real }
            return (compressed, uncompressed, local)
        }
        return nil
    }

    private static func uint16(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private static func uint32(_ bytes: UnsafeRawBufferPointer, _ offset: Int) -> UInt32 {
        UInt32(uint16(bytes, offset)) | UInt32(uint16(bytes, offset + 2)) << 16
    }
}
