/// The OpenDocument elements the .odt reader reacts to.
enum OdtName: Int, CaseIterable {
    case documentContent, paragraph, heading, span, tab, lineBreak, spaces
    case trackedChanges, note, annotation, title, description
    case style, textProperties

    static let officeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let textNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let styleNamespace = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    static let svgNamespace = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
    static let formattingNamespace = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"

    /// The element's namespace and local name.
    var name: XMLName {
        switch self {
        case .documentContent: XMLName(namespace: OdtName.officeNamespace, local: "document-content")
        case .paragraph: XMLName(namespace: OdtName.textNamespace, local: "p")
        case .heading: XMLName(namespace: OdtName.textNamespace, local: "h")
        case .span: XMLName(namespace: OdtName.textNamespace, local: "span")
        case .tab: XMLName(namespace: OdtName.textNamespace, local: "tab")
        case .lineBreak: XMLName(namespace: OdtName.textNamespace, local: "line-break")
        case .spaces: XMLName(namespace: OdtName.textNamespace, local: "s")
        case .trackedChanges: XMLName(namespace: OdtName.textNamespace, local: "tracked-changes")
        case .note: XMLName(namespace: OdtName.textNamespace, local: "note")
        case .annotation: XMLName(namespace: OdtName.officeNamespace, local: "annotation")
        case .title: XMLName(namespace: OdtName.svgNamespace, local: "title")
        case .description: XMLName(namespace: OdtName.svgNamespace, local: "desc")
        case .style: XMLName(namespace: OdtName.styleNamespace, local: "style")
        case .textProperties: XMLName(namespace: OdtName.styleNamespace, local: "text-properties")
        }
    }

    /// Every name with its id, for ``XMLStreamWalker``.
    static let vocabulary: [(name: XMLName, id: Int)] = allCases.map { ($0.name, $0.rawValue) }
}
