/// Turns the events of a WordprocessingML main part into paragraphs.
///
/// Kept: `w:t` text, `w:tab`/`w:ptab` as a tab, `w:br`/`w:cr` as a line break, `w:noBreakHyphen` as
/// `-`, tracked insertions, hyperlinks and the runs of `w:fldSimple`, and a field's result (between
/// `fldChar separate` and `end`). Dropped: deletions and moved-from text, field instructions,
/// paragraph properties, `w:sym` symbols, and every `mc:AlternateContent` branch after the first
/// taken (a text box is written twice, as a `mc:Choice` and as a VML `mc:Fallback`).
struct DocxParagraphHandler: XMLStreamHandler {
    var builder = OfficeParagraphBuilder()
    /// Whether the part's root is `w:document`, so that a spreadsheet renamed .docx is told apart.
    private(set) var sawDocument = false
    private var runBold: [Bool] = []
    private var inRunProperties = 0
    private var inText = 0
    /// One entry per open complex field: `true` while its instruction is being read.
    private var fields: [Bool] = []
    private var fieldsInInstruction = 0
    /// One entry per open `mc:AlternateContent`: whether a branch was already taken.
    private var alternates: [Bool] = []

    private var bold: Bool { runBold.last ?? false }

    mutating func start(_ id: Int, _ element: XMLElementAttributes) -> XMLWalkStep {
        guard let name = DocxName(rawValue: id) else { return .descend }
        switch name {
        case .document: sawDocument = true
        case .paragraph: builder.begin()
        case .run: runBold.append(false)
        case .runProperties: inRunProperties += 1
        case .bold:
            if inRunProperties > 0, !runBold.isEmpty { runBold[runBold.count - 1] = isOn(element) }
        case .text: inText += 1
        case .tab, .positionalTab: appendInRun(UInt8(ascii: "\t"))
        case .lineBreak, .carriageReturn: appendInRun(UInt8(ascii: "\n"))
        case .noBreakHyphen: appendInRun(UInt8(ascii: "-"))
        case .fieldChar: fieldChar(element)
        case .paragraphProperties, .runPropertiesChange, .symbol, .deletion, .moveFrom, .deletedText,
            .instructionText, .deletedInstructionText:
            return .skipChildren
        case .alternateContent: alternates.append(false)
        case .choice, .fallback:
            guard let taken = alternates.last, !taken else { return .skipChildren }
            alternates[alternates.count - 1] = true
        }
        return .descend
    }

    mutating func end(_ id: Int) {
        guard let name = DocxName(rawValue: id) else { return }
        switch name {
        case .paragraph: builder.end()
        case .run: _ = runBold.popLast()
        case .runProperties: inRunProperties -= 1
        case .text: inText -= 1
        case .alternateContent: _ = alternates.popLast()
        default: break
        }
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard inText > 0, fieldsInInstruction == 0 else { return }
        builder.append(bytes, bold: bold)
    }

    private mutating func appendInRun(_ byte: UInt8) {
        guard !runBold.isEmpty, fieldsInInstruction == 0 else { return }
        builder.append(ascii: byte, bold: bold)
    }

    /// Follows a complex field through `begin`, `separate` and `end`; fields nest.
    private mutating func fieldChar(_ element: XMLElementAttributes) {
        switch wordAttribute("fldCharType", of: element) {
        case "begin":
            fields.append(true)
            fieldsInInstruction += 1
        case "separate":
            if fields.last == true {
                fields[fields.count - 1] = false
                fieldsInInstruction -= 1
            }
        case "end":
            if fields.popLast() == true { fieldsInInstruction -= 1 }
        default:
            break
        }
    }

    /// Whether a toggle property such as `w:b` is on: absent `w:val` means on.
    private func isOn(_ element: XMLElementAttributes) -> Bool {
        guard let value = wordAttribute("val", of: element) else { return true }
        return !["0", "false", "off", "none"].contains(value)
    }

    private func wordAttribute(_ local: String, of element: XMLElementAttributes) -> String? {
        element.value(local, namespace: DocxName.transitional) ?? element.value(local, namespace: DocxName.strict)
    }
}
