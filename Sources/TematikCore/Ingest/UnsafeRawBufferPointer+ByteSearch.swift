import Foundation

extension UnsafeRawBufferPointer {
    /// The offset of the first `byte` in `range` (all of the buffer unless given), or `nil` when there is
    /// none; found with `memchr`, which reads many bytes at a time, where a loop over the bytes reads one.
    func firstOffset(of byte: UInt8, in range: Range<Int>? = nil) -> Int? {
        let range = range ?? 0..<count
        guard let base = baseAddress, !range.isEmpty,
            let found = memchr(base + range.lowerBound, Int32(byte), range.count)
        else { return nil }
        return base.distance(to: UnsafeRawPointer(found))
    }
}
