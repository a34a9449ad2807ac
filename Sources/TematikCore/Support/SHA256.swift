import CSHA256
import Foundation

/// SHA-256 (FIPS 180-4), so that the manifest and the cache need no C library: the processor's SHA
/// instructions where it has them (x86 SHA-NI: 5 to 8 times faster, since every input is hashed), else
/// Swift.
///
/// The compression function reads 64-byte blocks straight from the caller's buffer; only the final,
/// padded block or two are copied.
public enum SHA256 {
    /// The lower-case hexadecimal SHA-256 digest of `bytes`.
    ///
    /// - Complexity: O(n) in the number of bytes, with no allocation per block.
    public static func hex(of bytes: some ContiguousBytes) -> String {
        let hash = bytes.withUnsafeBytes { Self.digest(of: $0) }
        let alphabet = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(64)
        for byte in hash {
            text.append(alphabet[Int(byte >> 4)])
            text.append(alphabet[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Whether this processor has the SHA instructions ``digest(of:usingHardware:)`` uses by default.
    static let hasHardware = tematik_sha256_has_hardware() != 0

    /// The 32-byte SHA-256 digest of `buffer`.
    public static func digest(of buffer: UnsafeRawBufferPointer) -> [UInt8] {
        digest(of: buffer, usingHardware: hasHardware)
    }

    /// The 32-byte SHA-256 digest of `buffer`, with the processor's SHA instructions or without.
    /// - Precondition: `usingHardware` only where ``hasHardware``.
    static func digest(of buffer: UnsafeRawBufferPointer, usingHardware: Bool) -> [UInt8] {
        // State, message schedule and round constants live in one scratch buffer for the whole call, so
        // the per-block loop touches no arrays (no bounds checks, no copy-on-write checks).
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 8 + 64 + 64) { scratch in
            guard let base = scratch.baseAddress else { return [] }
            let (state, schedule, constants) = (base, base + 8, base + 72)
            for (index, value) in initialState.enumerated() { state[index] = value }
            // The constants table is the C target's, shared with the hardware rounds.
            if let table = tematik_sha256_constants() { constants.update(from: table, count: 64) }
            let fullBlocks = buffer.count / 64
            func compress(_ blocks: UnsafeRawBufferPointer, count: Int) {
                if usingHardware, let bytes = blocks.baseAddress?.assumingMemoryBound(to: UInt8.self) {
                    tematik_sha256_blocks(state, bytes, count)
                } else {
                    for block in 0..<count { Self.compress(state, schedule, constants, blocks, at: block * 64) }
                }
            }
            compress(buffer, count: fullBlocks)
            // Padding: the rest of the input, 0x80, zeros, and the length in bits as a big-endian UInt64.
            var tail = [UInt8](buffer[(fullBlocks * 64)...])
            tail.append(0x80)
            while tail.count % 64 != 56 { tail.append(0) }
            let bitCount = UInt64(buffer.count) &* 8
            for shift in stride(from: 56, through: 0, by: -8) {
                tail.append(UInt8(truncatingIfNeeded: bitCount >> UInt64(shift)))
            }
            tail.withUnsafeBytes { compress($0, count: $0.count / 64) }
            var digest = [UInt8]()
            digest.reserveCapacity(32)
            for index in 0..<8 {
                for shift in stride(from: 24, through: 0, by: -8) {
                    digest.append(UInt8(truncatingIfNeeded: state[index] >> UInt32(shift)))
                }
            }
            return digest
        }
    }

    private static let initialState: [UInt32] = [
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ]

    /// The compression function over the 64-byte block at `offset` in `bytes`.
    @inline(__always)
    private static func compress(
        _ state: UnsafeMutablePointer<UInt32>, _ w: UnsafeMutablePointer<UInt32>, _ k: UnsafeMutablePointer<UInt32>,
        _ bytes: UnsafeRawBufferPointer, at offset: Int
    ) {
        for t in 0..<16 {
            w[t] = UInt32(bigEndian: bytes.loadUnaligned(fromByteOffset: offset + t * 4, as: UInt32.self))
        }
        for t in 16..<64 {
            let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] &>> 3)
            let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] &>> 10)
            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, h) = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
        for t in 0..<64 {
            let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let choice = (e & f) ^ (~e & g)
            let temp1 = h &+ s1 &+ choice &+ k[t] &+ w[t]
            let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            (h, g, f, e, d, c, b, a) = (g, f, e, d &+ temp1, c, b, a, temp1 &+ s0 &+ majority)
        }
        state[0] &+= a
        state[1] &+= b
        state[2] &+= c
        state[3] &+= d
        state[4] &+= e
        state[5] &+= f
        state[6] &+= g
        state[7] &+= h
    }

    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 - n)) }
}
