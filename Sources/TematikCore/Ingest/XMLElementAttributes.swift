import CLibXML2

/// Reads the attributes of the element the walker is on; valid only during a `start` event.
struct XMLElementAttributes {
    fileprivate let reader: xmlTextReaderPtr

    init(reader: xmlTextReaderPtr) {
        self.reader = reader
    }

    /// The value of the attribute `local` in `namespace` (`nil` for an attribute with no prefix).
    ///
    /// Moves the reader to the attribute and back, which reads the value in place; the
    /// `xmlTextReaderGetAttribute` family would allocate a copy to be freed.
    func value(_ local: String, namespace: String? = nil) -> String? {
        let found =
            namespace.map { xmlTextReaderMoveToAttributeNs(reader, local, $0) }
            ?? xmlTextReaderMoveToAttribute(reader, local)
        guard found == 1 else { return nil }
        defer { xmlTextReaderMoveToElement(reader) }
        return xmlTextReaderConstValue(reader).map { String(cString: $0) }
    }
}
