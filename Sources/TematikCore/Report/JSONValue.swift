/// A JSON value that prints the same bytes every time: object keys sorted, numbers in a fixed format.
///
/// `JSONEncoder` prints doubles in shortest round-trip form (`1e-05`, `0.30000000000000004`) and
/// throws on NaN; the report's JSON files use this instead so that every number has a known shape.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    /// A fractional number, printed with 6 decimals (`0.333333`); NaN and infinities print as `0.000000`.
    case number(Double)
    case string(String)
    case array([JSONValue])
    /// Members in any order; printed sorted by key (UTF-8 byte order).
    case object([String: JSONValue])

    /// The value pretty-printed with two-space indentation and a final `\n`.
    public func rendered() -> String {
        var bytes: [UInt8] = []
        write(into: &bytes, depth: 0)
        bytes.append(UInt8(ascii: "\n"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes the object pretty-printed as ``rendered()`` prints it, with its member `key` an array of
    /// `count` elements made by `element` one at a time, so that the array is never held whole.
    /// - Precondition: the value is an object.
    /// - Throws: what `element` throws, or a ``Diagnostic`` when the file cannot be written.
    func write(
        to sink: inout FileSink, streaming key: String, count: Int, element: (Int) throws -> JSONValue
    ) throws {
        guard case .object(var members) = self else { preconditionFailure("only an object streams a member") }
        members[key] = .array([])
        let sorted = Self.sorted(members)
        var bytes = Array("{\n".utf8)
        for (i, member) in sorted.enumerated() {
            Self.indent(&bytes, depth: 1)
            Self.quote(member.key, into: &bytes)
            bytes.append(contentsOf: ": ".utf8)
            if member.key == key, count > 0 {
                bytes.append(contentsOf: "[\n".utf8)
                for index in 0..<count {
                    try sink.append(bytes)
                    bytes.removeAll(keepingCapacity: true)
                    Self.indent(&bytes, depth: 2)
                    try element(index).write(into: &bytes, depth: 2)
                    bytes.append(contentsOf: (index + 1 < count ? ",\n" : "\n").utf8)
                }
                Self.indent(&bytes, depth: 1)
                bytes.append(UInt8(ascii: "]"))
            } else {
                member.value.write(into: &bytes, depth: 1)
            }
            bytes.append(contentsOf: (i + 1 < sorted.count ? ",\n" : "\n").utf8)
        }
        bytes.append(contentsOf: "}\n".utf8)
        try sink.append(bytes)
    }

    /// A string or `null`.
    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// A fractional number or `null`.
    public static func optional(_ number: Double?) -> JSONValue { number.map(JSONValue.number) ?? .null }

    /// Appends the value's UTF-8, nested `depth` levels deep (its first line is not indented).
    private func write(into bytes: inout [UInt8], depth: Int) {
        switch self {
        case .null: bytes.append(contentsOf: "null".utf8)
        case .bool(let value): bytes.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): bytes.append(contentsOf: String(value).utf8)
        case .number(let value): bytes.append(contentsOf: NumberFormat.fixed(value, decimals: 6).utf8)
        case .string(let value): Self.quote(value, into: &bytes)
        case .array(let values):
            guard !values.isEmpty else { return bytes.append(contentsOf: "[]".utf8) }
            bytes.append(contentsOf: "[\n".utf8)
            for (i, value) in values.enumerated() {
                Self.indent(&bytes, depth: depth + 1)
                value.write(into: &bytes, depth: depth + 1)
                bytes.append(contentsOf: (i + 1 < values.count ? ",\n" : "\n").utf8)
            }
            Self.indent(&bytes, depth: depth)
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { return bytes.append(contentsOf: "{}".utf8) }
            let sorted = Self.sorted(members)
            bytes.append(contentsOf: "{\n".utf8)
            for (i, member) in sorted.enumerated() {
                Self.indent(&bytes, depth: depth + 1)
                Self.quote(member.key, into: &bytes)
                bytes.append(contentsOf: ": ".utf8)
                member.value.write(into: &bytes, depth: depth + 1)
                bytes.append(contentsOf: (i + 1 < sorted.count ? ",\n" : "\n").utf8)
            }
            Self.indent(&bytes, depth: depth)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// An object's members sorted by key, in UTF-8 byte order.
    private static func sorted(_ members: [String: JSONValue]) -> [(key: String, value: JSONValue)] {
        members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }

    /// Two spaces per level.
    private static func indent(_ bytes: inout [UInt8], depth: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    /// `value` as a JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8.
    private static func quote(_ value: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        // Most strings need no escape and are copied whole.
        guard value.utf8.contains(where: { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 }) else {
            bytes.append(contentsOf: value.utf8)
            return bytes.append(UInt8(ascii: "\""))
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "\n"): bytes.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): bytes.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): bytes.append(contentsOf: "\\t".utf8)
            case ..<0x20:
                let hex = String(byte, radix: 16)
                bytes.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
