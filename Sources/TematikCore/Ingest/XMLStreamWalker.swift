import CLibXML2
import Foundation

/// Walks an XML document with libxml2's SAX2 parser and hands element and text events to an
/// ``XMLStreamHandler``. This is the only place in Tematik that parses XML with libxml2.
///
/// The parser builds nothing: no tree, no node per event (the streaming `xmlTextReader` made one for
/// each, and took 30 % longer over the benchmark's Word files). It never touches the network
/// (`XML_PARSE_NONET`), never loads a DTD and never substitutes entities; a document with a `DOCTYPE`
/// is refused before parsing, because Office parts never have one and a DTD is how XXE and
/// billion-laughs attacks get in. libxml2's own messages are captured, not printed. Element names are
/// compared as interned pointers, so no per-element strings are made.
///
/// Depth and node count (elements, their ends and runs of text) are bounded by ``ReadLimits``. libxml2
/// has its own depth limit (256 levels, 2048 with `XML_PARSE_HUGE`); its error is reported as the same
/// limit error. `XML_PARSE_HUGE` is set only when the depth limit is raised past 256, which also lifts
/// libxml2's cap on a text node's size; the ZIP entry limit still bounds the part.
struct XMLStreamWalker {
    /// Names and the ids the handler knows them by; several names may share an id (a strict and a
    /// transitional namespace for one element).
    var vocabulary: [(name: XMLName, id: Int)]
    /// The depth and node-count limits.
    var limits: ReadLimits = .default

    /// The bytes handed to libxml2 at a time.
    private static let pieceSize = 64 << 10

    /// The depth libxml2 refuses to go past unless `XML_PARSE_HUGE` is set.
    private static let libxml2DepthLimit = 256

    /// Walks `bytes`, the part `part` of the file `path`.
    /// - Throws: a ``Diagnostic`` when the part is not well-formed XML, has a DTD, or is past the limits.
    func walk<Handler: XMLStreamHandler>(
        _ bytes: [UInt8], part: String, path: String, handler: inout Handler
    ) throws {
        if XMLProlog.hasDoctype(bytes) { throw XMLStreamWalker.doctypeError(part: part, path: path) }
        guard !bytes.isEmpty else {
            throw Diagnostic(
                .error, SourceLocation(file: path), "\(part) is empty or cannot be parsed",
                fix: "Open and re-save the file in Word or LibreOffice.")
        }
        let walk = SAXWalk(handler: handler, walker: self, part: part, path: path)
        let huge = limits.maxXMLDepth > XMLStreamWalker.libxml2DepthLimit ? XML_PARSE_HUGE.rawValue : 0
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | huge)
        var callbacks = SAXWalk.callbacks
        let context = Unmanaged.passUnretained(walk).toOpaque()
        try bytes.withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { chars in
                // The first bytes go in with the context, for libxml2 to detect the encoding from.
                let head = min(4, chars.count)
                guard let base = chars.baseAddress,
                    let parser = xmlCreatePushParserCtxt(&callbacks, context, base, Int32(head), nil)
                else {
                    throw Diagnostic(
                        .error, SourceLocation(file: path), "\(part) cannot be parsed",
                        fix: "Open and re-save the file in Word or LibreOffice.")
                }
                defer { xmlFreeParserCtxt(parser) }
                xmlCtxtUseOptions(parser, options)
                walk.intern(in: parser)
                // Errors raised outside the parser (a failed encoding conversion, say) go to this thread's
                // global handler, which would print them to stderr; the walk runs on one thread, unsuspended.
                xmlSetStructuredErrorFunc(context, SAXWalk.recordError)
                defer { xmlSetStructuredErrorFunc(nil, nil) }
                Self.feed(parser, chars, from: head)
                if let failure = walk.failure { throw failure }
                if walk.errors.message?.hasPrefix("Excessive depth") == true {
                    throw depthError(part: part, path: path)
                }
                if parser.pointee.wellFormed == 0 || walk.errors.message != nil {
                    throw walk.errors.diagnostic(part: part, path: path)
                }
            }
        }
        handler = walk.take()
    }

    /// Hands `chars` from `start` on to `parser` in pieces, the last marked as the end, as a push parser
    /// expects: given the whole part at once, libxml2 refuses a line of more than 10 MB that it parses fine
    /// when it comes in pieces. Stops at the first piece libxml2 fails on.
    private static func feed(_ parser: xmlParserCtxtPtr, _ chars: UnsafeBufferPointer<CChar>, from start: Int) {
        guard let base = chars.baseAddress else { return }
        var offset = start
        repeat {
            let piece = min(pieceSize, chars.count - offset)
            let last: Int32 = offset + piece == chars.count ? 1 : 0
            guard xmlParseChunk(parser, base + offset, Int32(piece), last) == 0 else { return }
            offset += piece
        } while offset < chars.count
    }

    fileprivate func depthError(part: String, path: String) -> Diagnostic {
        // libxml2 stops at its own limit (2048 with XML_PARSE_HUGE), whatever a larger setting asks for.
        let cap = limits.maxXMLDepth > XMLStreamWalker.libxml2DepthLimit ? 2048 : XMLStreamWalker.libxml2DepthLimit
        return ReadLimits.exceeded(
            SourceLocation(file: path), "the XML nesting in \(part)",
            limit: "\(min(limits.maxXMLDepth, cap)) levels", flag: "--max-xml-depth")
    }

    fileprivate static func doctypeError(part: String, path: String) -> Diagnostic {
        Diagnostic(
            .error, SourceLocation(file: path),
            "\(part) has a DOCTYPE (a DTD with entity declarations), which Word and LibreOffice never write; "
                + "it is refused because DTD entities can read local files or expand without bound",
            fix: "Open and re-save the file in Word or LibreOffice, or remove it from the corpus.")
    }
}

/// One walk's state, which libxml2's callbacks reach through their opaque context pointer: the events'
/// ``WalkProgress``, the first failure and libxml2's errors.
///
/// A class, and not generic, because a C callback can capture neither a context nor a generic type.
private final class SAXWalk {
    /// Everything an event changes, behind a pointer: a stored property's exclusive access is checked at
    /// run time on every event, and those checks were a twentieth of reading a Word file. Only libxml2's
    /// callbacks reach it, one at a time, on the walk's thread.
    private let progress: UnsafeMutablePointer<WalkProgress>
    private let walker: XMLStreamWalker
    private let part: String
    private let path: String
    private var parser: xmlParserCtxtPtr?
    /// Whether the walk has stopped: ``failure`` is set.
    private var stopped = false
    /// The first reason to stop, other than libxml2's own errors.
    private(set) var failure: Diagnostic?
    let errors = XMLErrorCapture()

    init(handler: any XMLStreamHandler, walker: XMLStreamWalker, part: String, path: String) {
        progress = .allocate(capacity: 1)
        progress.initialize(to: WalkProgress(handler: handler, limits: walker.limits))
        self.walker = walker
        self.part = part
        self.path = path
    }

    deinit {
        progress.deinitialize(count: 1)
        progress.deallocate()
    }

    /// Interns the vocabulary in the dictionary of `parser`, which libxml2 takes element names from.
    func intern(in parser: xmlParserCtxtPtr) {
        self.parser = parser
        let dictionary = parser.pointee.dict
        for (name, id) in walker.vocabulary {
            guard let namespace = xmlDictLookup(dictionary, name.namespace, -1),
                let local = xmlDictLookup(dictionary, name.local, -1)
            else { continue }
            progress.pointee.names.append((local, namespace, id))
        }
    }

    /// The handler, for the walk's caller to take back once the walk is over.
    func take<Handler: XMLStreamHandler>() -> Handler {
        // swift-format-ignore: NeverForceUnwrap
        // The walk was made with a `Handler` and only ever stores that type back.
        progress.pointee.handler as! Handler
    }

    private func stop(_ diagnostic: Diagnostic) {
        guard !stopped else { return }
        (stopped, failure) = (true, diagnostic)
        if let parser { xmlStopParser(parser) }
    }

    /// Stops the walk when an event went past a limit.
    private func check(_ breach: WalkProgress.Breach?) {
        switch breach {
        case nil: return
        case .nodes:
            stop(
                ReadLimits.exceeded(
                    SourceLocation(file: path), "the number of XML nodes in \(part)",
                    limit: "\(walker.limits.maxXMLNodes) nodes", flag: "--max-xml-nodes"))
        case .depth: stop(walker.depthError(part: part, path: path))
        }
    }

    fileprivate func startElement(
        _ local: UnsafePointer<xmlChar>?, _ namespace: UnsafePointer<xmlChar>?, _ attributes: XMLElementAttributes
    ) {
        guard !stopped else { return }
        check(progress.pointee.start(local, namespace, attributes))
    }

    fileprivate func endElement(_ local: UnsafePointer<xmlChar>?, _ namespace: UnsafePointer<xmlChar>?) {
        guard !stopped else { return }
        check(progress.pointee.end(local, namespace))
    }

    fileprivate func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !stopped else { return }
        check(progress.pointee.text(bytes))
    }

    fileprivate func refuseDoctype() {
        stop(XMLStreamWalker.doctypeError(part: part, path: path))
    }

    /// The walk behind a callback's context pointer.
    private static func walk(_ context: UnsafeMutableRawPointer?) -> SAXWalk? {
        context.map { Unmanaged<SAXWalk>.fromOpaque($0).takeUnretainedValue() }
    }

    /// Records a libxml2 error in the walk's capture.
    static let recordError: xmlStructuredErrorFunc = { context, error in
        guard let error else { return }
        SAXWalk.walk(context)?.errors.record(error.pointee)
    }

    /// The SAX2 callbacks; everything else (a tree, entities, DTD declarations) is left undone.
    static var callbacks: xmlSAXHandler {
        var callbacks = xmlSAXHandler()
        callbacks.initialized = XML_SAX2_MAGIC
        callbacks.startElementNs = { context, local, _, namespace, _, _, count, _, attributes in
            SAXWalk.walk(context)?.startElement(local, namespace, XMLElementAttributes(attributes, count: Int(count)))
        }
        callbacks.endElementNs = { context, local, _, namespace in SAXWalk.walk(context)?.endElement(local, namespace) }
        let text: charactersSAXFunc = { context, characters, length in
            guard let characters, length > 0 else { return }
            SAXWalk.walk(context)?.characters(UnsafeBufferPointer(start: characters, count: Int(length)))
        }
        callbacks.characters = text
        callbacks.ignorableWhitespace = text
        callbacks.cdataBlock = text
        // Reached only by encodings the byte check cannot read (UTF-16); refused all the same.
        callbacks.internalSubset = { context, _, _, _ in SAXWalk.walk(context)?.refuseDoctype() }
        callbacks.externalSubset = { context, _, _, _ in SAXWalk.walk(context)?.refuseDoctype() }
        callbacks.reference = { context, _ in SAXWalk.walk(context)?.refuseDoctype() }
        callbacks.serror = recordError
        return callbacks
    }
}

/// What a walk's events change: the handler, the depth, the nodes seen and the subtree being skipped.
private struct WalkProgress {
    /// A limit an event went past.
    enum Breach {
        case nodes, depth
    }

    var handler: any XMLStreamHandler
    /// The vocabulary as libxml2's interned names, compared by pointer.
    var names: [(local: UnsafePointer<xmlChar>, namespace: UnsafePointer<xmlChar>, id: Int)] = []
    let maxDepth: Int
    let maxNodes: Int
    /// Elements open.
    var depth = 0
    var nodes = 0
    /// Whether the last event was text: a run of text counts as one node, however libxml2 splits it.
    var inText = false
    /// The depth of the element whose children are skipped, if one is.
    var skipping: Int?

    init(handler: any XMLStreamHandler, limits: ReadLimits) {
        self.handler = handler
        (maxDepth, maxNodes) = (limits.maxXMLDepth, limits.maxXMLNodes)
    }

    mutating func start(
        _ local: UnsafePointer<xmlChar>?, _ namespace: UnsafePointer<xmlChar>?, _ attributes: XMLElementAttributes
    ) -> Breach? {
        inText = false
        nodes += 1
        guard nodes <= maxNodes else { return .nodes }
        guard depth < maxDepth else { return .depth }
        depth += 1
        guard skipping == nil else { return nil }
        let id = id(local: local, namespace: namespace)
        if id >= 0, handler.start(id, attributes) == .skipChildren { skipping = depth }
        return nil
    }

    mutating func end(_ local: UnsafePointer<xmlChar>?, _ namespace: UnsafePointer<xmlChar>?) -> Breach? {
        inText = false
        nodes += 1
        guard nodes <= maxNodes else { return .nodes }
        defer { depth -= 1 }
        if let skipped = skipping {
            // The end of the skipped element is skipped too.
            if skipped == depth { skipping = nil }
            return nil
        }
        let id = id(local: local, namespace: namespace)
        if id >= 0 { handler.end(id) }
        return nil
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) -> Breach? {
        if !inText {
            inText = true
            nodes += 1
            guard nodes <= maxNodes else { return .nodes }
        }
        if skipping == nil { handler.text(bytes) }
        return nil
    }

    /// The id of the element named `local` in `namespace`, or -1 when it is not in the vocabulary.
    private func id(local: UnsafePointer<xmlChar>?, namespace: UnsafePointer<xmlChar>?) -> Int {
        guard let local, let namespace else { return -1 }
        for name in names where name.local == local && name.namespace == namespace { return name.id }
        return -1
    }
}
