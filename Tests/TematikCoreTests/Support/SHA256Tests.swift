import Foundation
import Testing

@testable import TematikCore

struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func knownVectors(_ input: String, _ expected: String) {
        #expect(SHA256.hex(of: Data(input.utf8)) == expected)
    }

    @Test func oneMillionA() {
        let data = Data(repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(of: data) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Lengths around the 55/56/64-byte padding boundaries, where one or two final blocks are needed.
    @Test(arguments: [55, 56, 63, 64, 65])
    func paddingBoundaries(_ length: Int) {
        let expected: [Int: String] = [
            55: "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318",
            56: "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a",
            63: "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34",
            64: "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb",
            65: "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0",
        ]
        #expect(SHA256.hex(of: Data(repeating: UInt8(ascii: "a"), count: length)) == expected[length])
    }

    /// Checked against `sha256sum` of the same file.
    @Test(.enabled(if: Paths.hasTestdata))
    func testdataFileMatchesSha256sum() throws {
        let data = try Data(contentsOf: Paths.testdata("subtitles/zoomgroupstats/meeting001_transcript.vtt"))
        #expect(SHA256.hex(of: data) == "15d9936befa58706c43cf3b0478511e9cd2b8a3ebbaf08277c45200e5cd58d6d")
    }

    /// The processor's SHA instructions and the Swift rounds agree on every length up to four blocks
    /// and on a large buffer; skipped where the processor has no SHA instructions.
    @Test(.enabled(if: SHA256.hasHardware))
    func hardwareAndSwiftAgree() {
        var generator = SystemRandomNumberGenerator()
        for length in Array(0...260) + [1_000_003] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            bytes.withUnsafeBytes { buffer in
                #expect(
                    SHA256.digest(of: buffer, usingHardware: true) == SHA256.digest(of: buffer, usingHardware: false),
                    "length \(length)")
            }
        }
    }
}
