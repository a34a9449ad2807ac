import Foundation

/// Checks that every offset a ZIP archive's directory gives lies inside the archive, before ZIPFoundation
/// reads it.
///
/// ZIPFoundation reads an in-memory archive through a `FILE` whose read callback traps when a seek went
/// past the end of the data (found by fuzzing: a central-directory offset beyond the file). So the end
/// record, the central directory, each local header and each entry's compressed data are checked here
/// first. ZIP64 values (`0xFFFFFFFF` markers) are left to ZIPFoundation, which resolves them itself.
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
            let compressed = Int(uint32(bytes, position + 20))
            let local = Int(uint32(bytes, position + 42))
            if compressed != zip64Marker, local != zip64Marker {
                guard local + 30 <= bytes.count else { return "an entry's local header lies outside the file" }
                let header = 30 + Int(uint16(bytes, local + 26)) + Int(uint16(bytes, local + 28))
                guard local + header + compressed <= bytes.count else {
                    return "an entry's data runs past the end of the file"
                }
            }
            position += 46 + Int(uint16(bytes, position + 28)) + Int(uint16(bytes, position + 30))
                + Int(uint16(bytes, position + 32))
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
