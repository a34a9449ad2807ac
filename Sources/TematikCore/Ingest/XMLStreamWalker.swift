import CLibXML2
import Foundation

/// Walks an XML document with libxml2's streaming `xmlTextReader` and hands element and text events
/// to an ``XMLStreamHandler``. This is the only place in Tematik that calls libxml2.
///
/// The parser never touches the network (`XML_PARSE_NONET`), never loads a DTD and never substitutes
/// entities; a document with a `DOCTYPE` is refused before parsing, because Office parts never have
/// one and a DTD is how XXE and billion-laughs attacks get in. libxml2's own messages are captured,
/// not printed. Element names are compared as interned pointers, so no per-node strings are made.
///
/// Depth and node count are bounded by ``ReadLimits``. libxml2 has its own depth limit (256 levels,
/// 2048 with `XML_PARSE_HUGE`), which it may reach while reading ahead of the walk; its error is then
/// reported as the same limit error. `XML_PARSE_HUGE` is set only when the depth limit is raised past 256,
/// which also lifts libxml2's cap on a text node's size; the ZIP entry limit still bounds the part.
struct XMLStreamWalker {
    /// Names and the ids the handler knows them by; several names may share an id (a strict and a
    /// transitional namespace for one element).
    var vocabulary: [(name: XMLName, id: Int)]
    /// The depth and node-count limits.
    var limits: ReadLimits = .default

    /// The depth libxml2 refuses to go past unless `XML_PARSE_HUGE` is set.
    private static let libxml2DepthLimit = 256

    /// Walks `bytes`, the part `part` of the file `path`.
    /// - Throws: a ``Diagnostic`` when the part is not well-formed XML, has a DTD, or is past the limits.
    func walk<Handler: XMLStreamHandler>(
        _ bytes: [UInt8], part: String, path: String, handler: inout Handler
    ) throws {
        if XMLProlog.hasDoctype(bytes) { throw XMLStreamWalker.doctypeError(part: part, path: path) }
        let errors = XMLErrorCapture()
        let huge = limits.maxXMLDepth > XMLStreamWalker.libxml2DepthLimit ? XML_PARSE_HUGE.rawValue : 0
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | huge)
        let finished: Int32 = try bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress,
                let reader = base.withMemoryRebound(
                    to: CChar.self, capacity: buffer.count,
                    {
                        xmlReaderForMemory($0, Int32(clamping: buffer.count), nil, nil, options)
                    })
            else {
                throw Diagnostic(
                    .error, SourceLocation(file: path), "\(part) is empty or cannot be parsed",
                    fix: "Open and re-save the file in Word or LibreOffice.")
            }
            defer { xmlFreeTextReader(reader) }
            let context = Unmanaged.passUnretained(errors).toOpaque()
            let record: xmlStructuredErrorFunc = { context, error in
                guard let context, let error else { return }
                Unmanaged<XMLErrorCapture>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
            }
            xmlTextReaderSetStructuredErrorHandler(reader, record, context)
            // Errors raised outside the parser (a failed encoding conversion, say) go to this thread's
            // global handler, which would print them to stderr; the walk runs on one thread, unsuspended.
            xmlSetStructuredErrorFunc(context, record)
            defer { xmlSetStructuredErrorFunc(nil, nil) }
            return try run(reader, part: part, path: path, handler: &handler)
        }
        if errors.message?.hasPrefix("Excessive depth") == true {
            throw depthError(part: part, path: path)
        }
        if finished != 0 || errors.message != nil {
            throw errors.diagnostic(part: part, path: path)
        }
    }

    /// The event loop; returns libxml2's last result (0 at the end, -1 on error).
    private func run<Handler: XMLStreamHandler>(
        _ reader: xmlTextReaderPtr, part: String, path: String, handler: inout Handler
    ) throws -> Int32 {
        let names = InternedNames(vocabulary, reader: reader)
        var status = xmlTextReaderRead(reader)
        var nodes = 0
        while status == 1 {
            nodes += 1
            if nodes > limits.maxXMLNodes {
                throw ReadLimits.exceeded(
                    SourceLocation(file: path), "the number of XML nodes in \(part)",
                    limit: "\(limits.maxXMLNodes) nodes", flag: "--max-xml-nodes")
            }
            var step = XMLWalkStep.descend
            switch xmlTextReaderNodeType(reader) {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                if xmlTextReaderDepth(reader) >= limits.maxXMLDepth { throw depthError(part: part, path: path) }
                let id = names.id(of: reader)
                if id >= 0 {
                    step = handler.start(id, XMLElementAttributes(reader: reader))
                    if step == .descend, xmlTextReaderIsEmptyElement(reader) == 1 { handler.end(id) }
                }
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                let id = names.id(of: reader)
                if id >= 0 { handler.end(id) }
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                if let value = xmlTextReaderConstValue(reader) {
                    handler.text(UnsafeBufferPointer(start: value, count: strlen(value)))
                }
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue), Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue):
                // Reached only by encodings the byte check cannot read (UTF-16); refused all the same.
                throw XMLStreamWalker.doctypeError(part: part, path: path)
            default:
                break
            }
            status = step == .descend ? xmlTextReaderRead(reader) : xmlTextReaderNext(reader)
        }
        return status
    }

    private func depthError(part: String, path: String) -> Diagnostic {
        // libxml2 stops at its own limit (2048 with XML_PARSE_HUGE), whatever a larger setting asks for.
        let cap = limits.maxXMLDepth > XMLStreamWalker.libxml2DepthLimit ? 2048 : XMLStreamWalker.libxml2DepthLimit
        return ReadLimits.exceeded(
            SourceLocation(file: path), "the XML nesting in \(part)",
            limit: "\(min(limits.maxXMLDepth, cap)) levels", flag: "--max-xml-depth")
    }

    private static func doctypeError(part: String, path: String) -> Diagnostic {
        Diagnostic(
            .error, SourceLocation(file: path),
            "\(part) has a DOCTYPE (a DTD with entity declarations), which Word and LibreOffice never write; "
                + "it is refused because DTD entities can read local files or expand without bound",
            fix: "Open and re-save the file in Word or LibreOffice, or remove it from the corpus.")
    }
}

/// The vocabulary's names interned in the reader's dictionary, so that a node's name is found by
/// comparing pointers: libxml2 returns local names from the same dictionary. The namespace URI costs
/// a dictionary lookup, so it is fetched only for a node whose local name is in the vocabulary.
private struct InternedNames {
    private var names: [(local: UnsafePointer<xmlChar>, namespace: UnsafePointer<xmlChar>, id: Int)] = []

    init(_ vocabulary: [(name: XMLName, id: Int)], reader: xmlTextReaderPtr) {
        for (name, id) in vocabulary {
            guard let namespace = xmlTextReaderConstString(reader, name.namespace),
                let local = xmlTextReaderConstString(reader, name.local)
            else { continue }
            names.append((local, namespace, id))
        }
    }

    /// The id of the name of the node the reader is on, or -1 when it is not in the vocabulary.
    func id(of reader: xmlTextReaderPtr) -> Int {
        guard let local = xmlTextReaderConstLocalName(reader), names.contains(where: { $0.local == local }),
            let namespace = xmlTextReaderConstNamespaceUri(reader)
        else { return -1 }
        return names.first { $0.local == local && $0.namespace == namespace }?.id ?? -1
    }
}
