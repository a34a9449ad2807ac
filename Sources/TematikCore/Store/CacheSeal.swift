/// A checksum on each cached value, over the value and the keys it is stored under, so that a value a
/// power cut left half written, or an older page left in its place, is a miss and never trusted: the
/// cache file is written without syncs (see ``CacheFile``).
enum CacheSeal {
    /// Bytes of the checksum, after the value.
    private static let length = 8

    /// `value` followed by its checksum under `keys`.
    static func seal(_ value: [UInt8], keys: [String]) -> [UInt8] {
        value + checksum(value[...], keys: keys)
    }

    /// The value inside `sealed`, or `nil` when its checksum under `keys` does not match.
    static func open(_ sealed: [UInt8], keys: [String]) -> [UInt8]? {
        guard sealed.count >= length else { return nil }
        let value = sealed[..<(sealed.count - length)]
        guard sealed[(sealed.count - length)...].elementsEqual(checksum(value, keys: keys)) else { return nil }
        return Array(value)
    }

    /// The first bytes of SHA-256 over the value's own SHA-256 and the keys, each ended by a NUL byte.
    private static func checksum(_ value: ArraySlice<UInt8>, keys: [String]) -> ArraySlice<UInt8> {
        var input = value.withUnsafeBytes { SHA256.digest(of: $0) }
        for key in keys { input += key.utf8 + [0] }
        return input.withUnsafeBytes { SHA256.digest(of: $0) }.prefix(length)
    }
}
