import Testing

@testable import TematikCore

/// The eight-byte test against the byte tables it stands in for.
struct AsciiWordsTests {
    /// The run and the folded bytes, one byte at a time from ``ByteClass``.
    static func reference(_ bytes: [UInt8]) -> (run: Int, folded: [UInt8]) {
        let run = bytes.firstIndex { $0 >= 0x80 || ByteClass.latin1[Int($0)] != .word } ?? bytes.count
        return (run, bytes.prefix(run).map { ByteClass.latin1Lower[Int($0)] })
    }

    static func check(_ bytes: [UInt8]) -> Bool {
        let chunk = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        let (run, folded) = AsciiWords.prefix(of: chunk)
        let foldedBytes = (0..<8).map { UInt8(truncatingIfNeeded: folded >> (8 * UInt64($0))) }
        let expected = reference(bytes)
        return run == expected.run && Array(foldedBytes.prefix(run)) == expected.folded
    }

    @Test func everyByteInEveryPosition() {
        for position in 0..<8 {
            for byte in 0...255 {
                var bytes = Array("Kompeten".utf8)
                bytes[position] = UInt8(byte)
                #expect(Self.check(bytes), "byte \(byte) at \(position)")
            }
        }
    }

    @Test(arguments: ["AI-strat", "abcdefgh", "ABCDEFGH", "Zz09@[`{", "å ä ö é", "12345678", "        "])
    func samples(_ text: String) {
        #expect(Self.check(Array(text.utf8.prefix(8)) + Array(repeating: 0x20, count: max(0, 8 - text.utf8.count))))
    }
}
