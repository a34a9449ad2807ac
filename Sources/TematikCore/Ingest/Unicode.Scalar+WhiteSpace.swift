extension Unicode.Scalar {
    /// Whether this is white space (the Unicode property White_Space), from a list of its 25 code points
    /// instead of the property tables: the list has not changed since Unicode 6.3, and a test holds it to
    /// the tables over every code point.
    @inline(__always) var isWhiteSpace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
