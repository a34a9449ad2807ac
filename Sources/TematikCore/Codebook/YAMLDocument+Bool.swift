import Yams

extension YAMLDocument {
    /// The value of a `key: true` or `key: false` line; reports and returns `nil` for anything else.
    ///
    /// Only YAML 1.2's plain `true` and `false` (in any of its three spellings) count: `yes`, `on`, a quoted
    /// `"true"` or an empty value is reported, so that a setting about privacy is never guessed.
    mutating func bool(_ node: Node, key: String) -> Bool? {
        if let scalar = node.scalar, scalar.style == .plain {
            if ["true", "True", "TRUE"].contains(scalar.string) { return true }
            if ["false", "False", "FALSE"].contains(scalar.string) { return false }
        }
        let written = node.scalar.map { $0.string.isEmpty ? "empty" : "'\($0.string)'" } ?? "a list or map"
        error(
            at: node, "'\(key)' must be true or false, not \(written)",
            fix: "Write '\(key): true' or '\(key): false', without quotes.")
        return nil
    }
}
