/// Eight ASCII bytes at a time (SWAR: SIMD within a register), for the tokenizer's inner loop: most
/// words of Swedish and English text are runs of ASCII letters, and testing eight bytes with a few
/// integer operations beats eight table lookups and branches.
enum AsciiWords {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let high: UInt64 = 0x8080_8080_8080_8080

    /// How many of the bytes of `chunk` (first byte in the low bits) are, from the first on, ASCII
    /// letters or digits, and `chunk` with `A`–`Z` lowered to `a`–`z` (other bytes unchanged).
    ///
    /// These are exactly the ASCII bytes of class ``ScalarClass/word``, and lowering them is what
    /// ``ByteClass/latin1Lower`` does to them.
    /// - Complexity: O(1), about twenty integer operations.
    @inline(__always)
    static func prefix(of chunk: UInt64) -> (run: Int, folded: UInt64) {
        let ascii = ~chunk & high
        let low = chunk & ~high  // seven bits per byte, so that the additions below never carry
        let lowered = low | ones &* 0x20
        let letter = atLeast(lowered, 0x61) & ~atLeast(lowered, 0x7B)
        let digit = atLeast(low, 0x30) & ~atLeast(low, 0x3A)
        let upper = atLeast(low, 0x41) & ~atLeast(low, 0x5B)
        let word = (letter | digit) & ascii
        let run = (~word & high).trailingZeroBitCount >> 3
        return (run, chunk | (upper & ascii) >> 2)
    }

    /// Bit 7 of each byte set where that byte (seven bits) is at least `bound`.
    @inline(__always)
    private static func atLeast(_ bytes: UInt64, _ bound: UInt8) -> UInt64 {
        (bytes &+ ones &* UInt64(0x80 - bound)) & high
    }
}
