/// The WordprocessingML and markup-compatibility elements the .docx reader reacts to.
enum DocxName: Int, CaseIterable {
    case document, paragraph, paragraphProperties, run, runProperties, runPropertiesChange, bold
    case text, tab, positionalTab, lineBreak, carriageReturn, noBreakHyphen, symbol
    case deletion, moveFrom, deletedText, instructionText, deletedInstructionText, fieldChar
    case alternateContent, choice, fallback

    /// WordprocessingML's namespace as Word writes it (transitional).
    static let transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    /// WordprocessingML's namespace in ISO 29500 strict documents.
    static let strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    /// Markup compatibility (`mc:AlternateContent`).
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    /// The local name in the document.
    var local: String {
        switch self {
        case .document: "document"
        case .paragraph: "p"
        case .paragraphProperties: "pPr"
        case .run: "r"
        case .runProperties: "rPr"
        case .runPropertiesChange: "rPrChange"
        case .bold: "b"
        case .text: "t"
        case .tab: "tab"
        case .positionalTab: "ptab"
        case .lineBreak: "br"
        case .carriageReturn: "cr"
        case .noBreakHyphen: "noBreakHyphen"
        case .symbol: "sym"
        case .deletion: "del"
        case .moveFrom: "moveFrom"
        case .deletedText: "delText"
        case .instructionText: "instrText"
        case .deletedInstructionText: "delInstrText"
        case .fieldChar: "fldChar"
        case .alternateContent: "AlternateContent"
        case .choice: "Choice"
        case .fallback: "Fallback"
        }
    }

    /// Every name under each namespace it may appear in, for ``XMLStreamWalker``.
    static let vocabulary: [(name: XMLName, id: Int)] = allCases.flatMap { name -> [(name: XMLName, id: Int)] in
        switch name {
        case .alternateContent, .choice, .fallback:
            [(XMLName(namespace: markupCompatibility, local: name.local), name.rawValue)]
        default:
            [transitional, strict].map { (XMLName(namespace: $0, local: name.local), name.rawValue) }
        }
    }
}
