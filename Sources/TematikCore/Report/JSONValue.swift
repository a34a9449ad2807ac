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
        var text = ""
        write(into: &text, indent: "")
        return text + "\n"
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
        let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        try sink.append("{\n")
        for (i, name) in keys.enumerated() {
            var text = "  "
            Self.quote(name, into: &text)
            text += ": "
            if name == key, count > 0 {
                try sink.append(text + "[\n")
                for index in 0..<count {
                    var item = "    "
                    try element(index).write(into: &item, indent: "    ")
                    try sink.append(item + (index + 1 < count ? ",\n" : "\n"))
                }
                text = "  ]"
            } else {
                members[name, default: .null].write(into: &text, indent: "  ")
            }
            try sink.append(text + (i + 1 < keys.count ? ",\n" : "\n"))
        }
        try sink.append("}\n")
    }

    /// A string or `null`.
    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// A fractional number or `null`.
    public static func optional(_ number: Double?) -> JSONValue { number.map(JSONValue.number) ?? .null }

    private func write(into text: inout String, indent: String) {
        switch self {
        case .null: text += "null"
        case .bool(let value): text += value ? "true" : "false"
        case .int(let value): text += String(value)
        case .number(let value): text += NumberFormat.fixed(value, decimals: 6)
        case .string(let value): Self.quote(value, into: &text)
        case .array(let values):
            guard !values.isEmpty else {
                text += "[]"
                return
            }
            let inner = indent + "  "
            text += "[\n"
            for (i, value) in values.enumerated() {
                text += inner
                value.write(into: &text, indent: inner)
                text += i + 1 < values.count ? ",\n" : "\n"
            }
            text += indent + "]"
        case .object(let members):
            guard !members.isEmpty else {
                text += "{}"
                return
            }
            let inner = indent + "  "
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            text += "{\n"
            for (i, key) in keys.enumerated() {
                text += inner
                Self.quote(key, into: &text)
                text += ": "
                members[key, default: .null].write(into: &text, indent: inner)
                text += i + 1 < keys.count ? ",\n" : "\n"
            }
            text += indent + "}"
        }
    }

    /// `value` as a JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8.
    private static func quote(_ value: String, into text: inout String) {
        text += "\""
        // Most strings need no escape and are copied whole.
        guard value.utf8.contains(where: { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 }) else {
            text += value
            text += "\""
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
