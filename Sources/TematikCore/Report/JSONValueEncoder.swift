/// Turns any `Encodable` value into a ``JSONValue``, so that types such as `AnalysisResult` keep their own
/// `CodingKeys` while the report decides how the JSON is printed.
///
/// Integers become ``JSONValue/int(_:)``, floating-point numbers ``JSONValue/number(_:)``, `nil` written
/// with `encodeNil` becomes `null`; optionals written with `encodeIfPresent` are left out, as with
/// `JSONEncoder`.
public enum JSONValueEncoder {
    /// The JSON tree of `value`.
    /// - Throws: whatever `value`'s `encode(to:)` throws.
    public static func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let node = Node()
        try node.store(value, codingPath: [])
        return node.resolved()
    }
}

/// A JSON value under construction; a class because nested containers write into it after it was handed out.
///
/// Members and items are stored properties of their own, so that adding one mutates them in place: held
/// in an enum's payload, each addition copied the whole dictionary or array.
private final class Node {
    enum Kind {
        case value, object, array
    }

    var kind = Kind.value
    var value = JSONValue.null
    var members: [String: Node] = [:]
    var items: [Node] = []

    func resolved() -> JSONValue {
        switch kind {
        case .value: value
        case .object: .object(members.mapValues { $0.resolved() })
        case .array: .array(items.map { $0.resolved() })
        }
    }

    /// Makes the node a scalar `value`.
    func set(_ value: JSONValue) {
        (kind, self.value, members, items) = (.value, value, [:], [])
    }

    /// Makes the node an object, keeping its members if it is one.
    func becomeObject() {
        guard kind != .object else { return }
        (kind, members, items) = (.object, [:], [])
    }

    /// Makes the node an array, keeping its items if it is one.
    func becomeArray() {
        guard kind != .array else { return }
        (kind, members, items) = (.array, [:], [])
    }

    /// Stores `value` by asking it to encode itself. JSON primitives (`Bool`, `String`, numbers) do so
    /// through a single-value container, whose typed `encode` methods set the node, so no value is cast
    /// to find out what it is: a failing dynamic cast costs a protocol-conformance lookup per value.
    func store<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws {
        try value.encode(to: NodeEncoder(node: self, codingPath: codingPath))
    }

    func child(forKey key: String) -> Node {
        let node = Node()
        becomeObject()
        members[key] = node
        return node
    }

    func appendChild() -> Node {
        let node = Node()
        becomeArray()
        items.append(node)
        return node
    }

    var count: Int { kind == .array ? items.count : 0 }
}

private struct NodeEncoder: Encoder {
    let node: Node
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.becomeObject()
        return KeyedEncodingContainer(KeyedNodeContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.becomeArray()
        return UnkeyedNodeContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleNodeContainer(node: node, codingPath: codingPath)
    }
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: Node
    var codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { node.child(forKey: key.stringValue).set(.null) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try node.child(forKey: key.stringValue).store(value, codingPath: codingPath + [key])
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        node.child(forKey: key.stringValue).set(.bool(value))
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
        node.child(forKey: key.stringValue).set(.string(value))
    }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        node.child(forKey: key.stringValue).set(.number(value))
    }

    mutating func encode(_ value: Int, forKey key: Key) throws { node.child(forKey: key.stringValue).set(.int(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
            .container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        NodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.child(forKey: "super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        NodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let node: Node
    var codingPath: [any CodingKey]
    var count: Int { node.count }

    mutating func encodeNil() throws { node.appendChild().set(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try node.appendChild().store(value, codingPath: codingPath)
    }

    mutating func encode(_ value: Bool) throws { node.appendChild().set(.bool(value)) }
    mutating func encode(_ value: String) throws { node.appendChild().set(.string(value)) }
    mutating func encode(_ value: Double) throws { node.appendChild().set(.number(value)) }
    mutating func encode(_ value: Int) throws { node.appendChild().set(.int(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        NodeEncoder(node: node.appendChild(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        NodeEncoder(node: node.appendChild(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { NodeEncoder(node: node.appendChild(), codingPath: codingPath) }
}

private struct SingleNodeContainer: SingleValueEncodingContainer {
    let node: Node
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.set(.null) }

    mutating func encode<T: Encodable>(_ value: T) throws { try node.store(value, codingPath: codingPath) }
    mutating func encode(_ value: Bool) throws { node.set(.bool(value)) }
    mutating func encode(_ value: String) throws { node.set(.string(value)) }
    mutating func encode(_ value: Double) throws { node.set(.number(value)) }
    mutating func encode(_ value: Float) throws { node.set(.number(Double(value))) }
    mutating func encode(_ value: Int) throws { node.set(.int(value)) }
    mutating func encode(_ value: Int8) throws { node.set(.int(Int(value))) }
    mutating func encode(_ value: Int16) throws { node.set(.int(Int(value))) }
    mutating func encode(_ value: Int32) throws { node.set(.int(Int(value))) }
    mutating func encode(_ value: Int64) throws { node.set(.int(Int(value))) }
    mutating func encode(_ value: UInt) throws { node.set(.int(Int(truncatingIfNeeded: value))) }
    mutating func encode(_ value: UInt8) throws { node.set(.int(Int(value))) }
    mutating func encode(_ value: UInt16) throws { node.set(.int(Int(value))) }
    mutating func encode(_ value: UInt32) throws { node.set(.int(Int(value))) }
    mutating func encode(_ value: UInt64) throws { node.set(.int(Int(truncatingIfNeeded: value))) }
}
