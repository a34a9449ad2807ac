import Foundation

/// Name-based GUIDs for the `.qdc` export, so that exporting one codebook twice gives the same file.
///
/// Built like a UUID version 5 (RFC 9562, section 5.5), but from SHA-256 instead of SHA-1: the first 16 bytes
/// of SHA-256(namespace ‖ name), with the version nibble set to 5 and the variant bits to `10`.
enum QDCGUID {
    /// A fixed namespace for Tematik's codebook ids (itself a random UUID chosen once, written down here).
    private static let namespace: [UInt8] = [
        0x6f, 0x2a, 0x51, 0x0e, 0x93, 0x4b, 0x4c, 0x1d, 0x8a, 0x3e, 0x27, 0xd4, 0x05, 0xb9, 0x61, 0xc8,
    ]

    /// The GUID for a code or theme id, as `xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx` in lower case.
    static func guid(for id: String) -> String {
        let input = namespace + Array(id.utf8)
        var bytes = Array(input.withUnsafeBytes { SHA256.digest(of: $0) }.prefix(16))
        bytes[6] = bytes[6] & 0x0f | 0x50
        bytes[8] = bytes[8] & 0x3f | 0x80
        let hex = bytes.map { String(format: "%02x", $0) }.joined()
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(hex.dropFirst(range.lowerBound).prefix(range.count))
        }
        return parts.joined(separator: "-")
    }
}
