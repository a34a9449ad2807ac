import CLibXML2

/// Reads the attributes of the element the walker is on; valid only during a `start` event.
struct XMLElementAttributes {
    /// libxml2's SAX2 attributes: five pointers each (local name, prefix, namespace URI, value start and
    /// value end; the value is not NUL-terminated).
    private let attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    private let count: Int

    init(_ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int) {
        self.attributes = attributes
        self.count = count
    }

    /// The value of the attribute `local` in `namespace` (`nil`: an attribute with no prefix).
    func value(_ local: String, namespace: String? = nil) -> String? {
        guard let attributes else { return nil }
        for index in 0..<count {
            let attribute = attributes + 5 * index
            guard let name = attribute[0], xmlStrEqual(name, local) == 1,
                let start = attribute[3], let end = attribute[4]
            else { continue }
            if let namespace {
                guard let uri = attribute[2], xmlStrEqual(uri, namespace) == 1 else { continue }
            } else {
                guard attribute[1] == nil else { continue }
            }
            return String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
        }
        return nil
    }
}
