/// A byte-level look at an XML document's prolog, before libxml2 sees it.
enum XMLProlog {
    /// Whether the prolog (what precedes the root element) holds a `<!DOCTYPE`.
    ///
    /// Checked before parsing so that libxml2 never reads a DTD at all. Only ASCII-compatible
    /// encodings are seen here; the walker refuses a DTD node in any other encoding.
    /// - Complexity: O(length of the prolog).
    static func hasDoctype(_ bytes: [UInt8]) -> Bool {
        let doctype = Array("<!DOCTYPE".utf8)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            let rest = bytes[index...]
            if rest.starts(with: doctype) { return true }
            if rest.starts(with: Array("<?".utf8)) {
                index = end(of: "?>", in: bytes, from: index + 2)
            } else if rest.starts(with: Array("<!--".utf8)) {
                index = end(of: "-->", in: bytes, from: index + 4)
            } else {
                return false
            }
        }
        return false
    }

    /// The index just past the first `marker` at or after `start`, or the end of `bytes`.
    private static func end(of marker: String, in bytes: [UInt8], from start: Int) -> Int {
        let marker = Array(marker.utf8)
        var index = start
        while index + marker.count <= bytes.count {
            if bytes[index..<(index + marker.count)].elementsEqual(marker) { return index + marker.count }
            index += 1
        }
        return bytes.count
    }
}
