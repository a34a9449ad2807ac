import Testing

@testable import TematikCore

/// The inflater that reads ZIP entries (libdeflate, and zlib for what libdeflate refuses), on a raw
/// deflate stream made by Python's zlib (level 9, window bits -15) from 250 copies of one Swedish
/// question: 10,500 bytes in 96.
struct InflaterTests {
    private static let text = Array(String(repeating: "Intervjuare: Hur ser ni på AI-strategin? ", count: 250).utf8)
    private static let stream: [UInt8] = [
        0xED, 0xCA, 0x31, 0x0D, 0xC3, 0x30, 0x10, 0x00, 0x40, 0x2A, 0x4F, 0xA0, 0x04, 0xB2, 0x44, 0xDD,
        0x6A, 0x18, 0x1E, 0xAC, 0x2A, 0x1D, 0xAC, 0xE8, 0x6D, 0x87, 0x51, 0x90, 0x94, 0x58, 0x69, 0x74,
        0xB8, 0x9B, 0xAF, 0xF4, 0xD9, 0xF2, 0xFA, 0xAC, 0x9A, 0x6D, 0x8B, 0xD7, 0xCA, 0x18, 0x2D, 0xA3,
        0x1F, 0x71, 0x7E, 0xEF, 0x78, 0x96, 0xC7, 0x98, 0x59, 0x67, 0x7B, 0x1F, 0x7D, 0x8F, 0x62, 0x9A,
        0xA6, 0x69, 0x9A, 0xA6, 0x69, 0x9A, 0xA6, 0x69, 0x9A, 0xA6, 0x69, 0x9A, 0xA6, 0x69, 0x9A, 0xA6,
        0x69, 0x9A, 0xA6, 0x69, 0x9A, 0xA6, 0x69, 0x9A, 0xA6, 0x69, 0x9A, 0xA6, 0xF9, 0x37, 0xF3, 0x07,
    ]

    private static func inflate(_ stream: [UInt8], expected: Int, limit: Int) throws -> [UInt8] {
        try stream.withUnsafeBytes { try Inflater.inflate($0, expected: expected, limit: limit) }
    }

    @Test(arguments: [10_500, 64, 1, 100_000])
    func inflatesWhateverSizeTheDirectoryClaims(expected: Int) throws {
        #expect(try Self.inflate(Self.stream, expected: expected, limit: 1 << 20) == Self.text)
    }

    @Test func anOutputOfExactlyTheLimitIsAllowed() throws {
        #expect(try Self.inflate(Self.stream, expected: 64, limit: 10_500).count == 10_500)
    }

    @Test func anOutputPastTheLimitIsRefused() {
        #expect(throws: Inflater.Failure.tooLarge) { try Self.inflate(Self.stream, expected: 64, limit: 10_499) }
    }

    @Test func aStreamCutShortHasNoEnd() {
        #expect(throws: Inflater.Failure.unended) {
            try Self.inflate(Array(Self.stream.dropLast(10)), expected: 10_500, limit: 1 << 20)
        }
        #expect(throws: Inflater.Failure.unended) { try Self.inflate([], expected: 10, limit: 100) }
    }

    @Test func damagedDataGetsZlibsReason() {
        // Block type 3 does not exist in deflate.
        #expect(throws: Inflater.Failure.damaged("invalid block type")) {
            try Self.inflate([0xFF, 0xFF, 0xFF, 0xFF], expected: 10, limit: 100)
        }
    }
}
