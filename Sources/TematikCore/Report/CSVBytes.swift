/// CSV text built straight into UTF-8 bytes: the quoting rules of every CSV file Tematik writes
/// (``CSVWriter`` makes its fields here too), and for files of millions of rows, where a `String` per
/// field would cost more than everything else about a row.
struct CSVBytes {
    private(set) var bytes: [UInt8] = []

    /// Makes room for `count` more bytes, so that appending them moves nothing.
    mutating func reserveCapacity(_ count: Int) { bytes.reserveCapacity(bytes.count + count) }

    /// One field from its UTF-8 bytes, quoted when it holds a comma, a quote or a line break.
    mutating func field(_ text: UnsafeBufferPointer<UInt8>) {
        guard text.contains(where: Self.needsQuotes) else {
            bytes.append(contentsOf: text)
            return
        }
        bytes.append(Self.quote)
        for byte in text {
            if byte == Self.quote { bytes.append(Self.quote) }
            bytes.append(byte)
        }
        bytes.append(Self.quote)
    }

    /// One field from text.
    mutating func field(_ text: String) {
        var text = text
        text.withUTF8 { field($0) }
    }

    /// One field that is already quoted as needed (``quoted(_:)``).
    mutating func quotedField(_ field: [UInt8]) { bytes.append(contentsOf: field) }

    /// An integer in decimal digits.
    mutating func field(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        // The digits, last first, into a buffer on the stack (20 digits hold any 64-bit magnitude), then
        // appended in one step.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var magnitude = value.magnitude
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// The comma between two fields.
    mutating func separator() { bytes.append(UInt8(ascii: ",")) }

    /// The end of a row.
    mutating func endRow() { bytes.append(UInt8(ascii: "\n")) }

    /// `text` as one field, quoted as needed, for fields written on many rows.
    static func quoted(_ text: String) -> [UInt8] {
        var field = CSVBytes()
        field.field(text)
        return field.bytes
    }

    private static let quote = UInt8(ascii: "\"")

    private static func needsQuotes(_ byte: UInt8) -> Bool {
        byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D
    }
}
