/// Turns the events of an OpenDocument `content.xml` into paragraphs.
///
/// `text:p` and `text:h` are paragraphs (also inside tables, lists and frames); all text inside them
/// is kept, `text:tab` as a tab, `text:line-break` as a line break and `text:s` as its `text:c`
/// spaces. Dropped: `text:tracked-changes` (the deleted text of tracked changes), notes and
/// annotations (Word's footnotes and comments are separate parts, not read either), and the titles
/// and descriptions of drawings. A span is bold when its automatic text style in `content.xml` sets
/// `fo:font-weight` to bold; bold named styles from `styles.xml` are not looked up.
struct OdtParagraphHandler: XMLStreamHandler {
    /// `text:s` counts above this are clamped, so a hostile count cannot exhaust memory.
    static let maxSpaces = 10_000

    var builder = OfficeParagraphBuilder()
    /// Whether the part's root is `office:document-content`.
    private(set) var sawDocumentContent = false
    private var boldStyles: Set<String> = []
    private var currentTextStyle: String?
    private var spanBold: [Bool] = []

    private var bold: Bool { spanBold.last ?? false }

    mutating func start(_ id: Int, _ element: XMLElementAttributes) -> XMLWalkStep {
        guard let name = OdtName(rawValue: id) else { return .descend }
        switch name {
        case .documentContent: sawDocumentContent = true
        case .paragraph, .heading:
            builder.begin()
            spanBold.append(false)
        case .span:
            let style = element.value("style-name", namespace: OdtName.textNamespace)
            spanBold.append(style.map(boldStyles.contains) ?? bold)
        case .tab: builder.append(ascii: UInt8(ascii: "\t"), bold: bold)
        case .lineBreak: builder.append(ascii: UInt8(ascii: "\n"), bold: bold)
        case .spaces:
            let count = element.value("c", namespace: OdtName.textNamespace).flatMap { Int($0) } ?? 1
            for _ in 0..<min(max(count, 1), OdtParagraphHandler.maxSpaces) {
                builder.append(ascii: UInt8(ascii: " "), bold: bold)
            }
        case .trackedChanges, .note, .annotation, .title, .description:
            return .skipChildren
        case .style:
            let family = element.value("family", namespace: OdtName.styleNamespace)
            currentTextStyle = family == "text" ? element.value("name", namespace: OdtName.styleNamespace) : nil
        case .textProperties:
            let weight = element.value("font-weight", namespace: OdtName.formattingNamespace)
            if let style = currentTextStyle, isBold(weight) { boldStyles.insert(style) }
        }
        return .descend
    }

    mutating func end(_ id: Int) {
        guard let name = OdtName(rawValue: id) else { return }
        switch name {
        case .paragraph, .heading:
            builder.end()
            _ = spanBold.popLast()
        case .span: _ = spanBold.popLast()
        case .style: currentTextStyle = nil
        default: break
        }
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        builder.append(bytes, bold: bold)
    }

    /// Whether an `fo:font-weight` value is bold: `bold` or a numeric weight of 600 or more.
    private func isBold(_ weight: String?) -> Bool {
        guard let weight else { return false }
        if weight == "bold" { return true }
        return (Int(weight) ?? 0) >= 600
    }
}
