/// Little-endian integers at byte offsets, as ZIP headers store them; the caller checks the bounds.
extension UnsafeRawBufferPointer {
    func uint16LE(at offset: Int) -> UInt16 {
        UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    func uint32LE(at offset: Int) -> UInt32 {
        UInt32(uint16LE(at: offset)) | UInt32(uint16LE(at: offset + 2)) << 16
    }

    /// A 64-bit value clamped to `Int`, so that a value no file in memory can reach fails the bounds checks
    /// instead of overflowing them.
    func intLE64(at offset: Int) -> Int {
        Int(clamping: UInt64(uint32LE(at: offset)) | UInt64(uint32LE(at: offset + 4)) << 32)
    }
}
