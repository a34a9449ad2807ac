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

extension UInt8 {
    /// Whether this byte is ASCII white space: U+0009 to U+000D or the space, the White_Space code points
    /// below U+0080. A byte of 0x80 or more is never white space on its own: a UTF-8 reader decides those
    /// on the code point.
    @inline(__always) var isASCIIWhiteSpace: Bool {
        self == 0x20 || (0x09...0x0D).contains(self)
    }
}
