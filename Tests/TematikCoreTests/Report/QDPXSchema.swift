import CLibXML2
import Foundation

/// Validates XML against an XML Schema with libxml2's schema API, so tests need no `xmllint`.
enum QDPXSchema {
    /// Whether `xml` is valid under the schema at `schema`; `false` also when either cannot be parsed.
    static func isValid(_ xml: String, schema: URL) -> Bool {
        guard let parserContext = xmlSchemaNewParserCtxt(schema.path) else { return false }
        defer { xmlSchemaFreeParserCtxt(parserContext) }
        guard let parsed = xmlSchemaParse(parserContext) else { return false }
        defer { xmlSchemaFree(parsed) }
        guard let validation = xmlSchemaNewValidCtxt(parsed) else { return false }
        defer { xmlSchemaFreeValidCtxt(validation) }
        // Keep libxml2's messages off the test output; the result says enough.
        xmlSchemaSetValidStructuredErrors(validation, { _, _ in }, nil)
        let bytes = Array(xml.utf8)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(buffer.count), "project.qde", nil, Int32(XML_PARSE_NONET.rawValue))
                }
            }
        }
        guard let document else { return false }
        defer { xmlFreeDoc(document) }
        return xmlSchemaValidateDoc(validation, document) == 0
    }
}
