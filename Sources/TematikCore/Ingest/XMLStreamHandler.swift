/// An element name: a namespace URI and a local name.
struct XMLName: Hashable, Sendable {
    var namespace: String
    var local: String
}

/// What the walker does after an element's start event.
enum XMLWalkStep {
    /// Go on into the element's children.
    case descend
    /// Skip the element's children and its end event (deleted text, field instructions).
    case skipChildren
}

/// Receives the events of an ``XMLStreamWalker`` walk.
///
/// Element ids are indices that the handler's vocabulary assigned (see ``XMLStreamWalker``);
/// elements outside the vocabulary produce no events, but their text does.
protocol XMLStreamHandler {
    /// An element of the vocabulary starts; `element` reads its attributes during this call only.
    mutating func start(_ id: Int, _ element: XMLElementAttributes) -> XMLWalkStep
    /// An element of the vocabulary ends (also sent right after `start` for an empty element).
    mutating func end(_ id: Int)
    /// Character data, entities already replaced; the buffer is valid during this call only.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>)
}
