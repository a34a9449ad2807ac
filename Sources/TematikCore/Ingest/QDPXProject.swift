/// A REFI-QDA project read from a `.qdpx` or `.qde` file made by another program: its codes, its text
/// sources and the human codings on them.
public struct QDPXProject: Hashable, Sendable {
    /// The program that wrote the file (`origin`), such as `NVivo for Windows 12.6`.
    public var origin: String?
    /// Every code in document order (a parent before its children).
    public var codes: [QDPXCode]
    /// The text sources, in document order.
    public var sources: [QDPXSource]
    /// Problems that did not stop the file from being read (a source text missing from the archive).
    public var warnings: [Diagnostic]

    public init(origin: String?, codes: [QDPXCode], sources: [QDPXSource], warnings: [Diagnostic]) {
        self.origin = origin
        self.codes = codes
        self.sources = sources
        self.warnings = warnings
    }
}

/// One code of an imported project.
public struct QDPXCode: Hashable, Sendable {
    public var guid: String
    public var name: String
    /// The GUID of the enclosing code, or `nil` at the top level.
    public var parent: String?
    /// The names from the top-level code down to this one.
    public var path: [String]
    public var isCodable: Bool
    public var description: String?

    public init(guid: String, name: String, parent: String?, path: [String], isCodable: Bool, description: String?) {
        self.guid = guid
        self.name = name
        self.parent = parent
        self.path = path
        self.isCodable = isCodable
        self.description = description
    }
}

/// One text source of an imported project.
public struct QDPXSource: Hashable, Sendable {
    public var guid: String
    public var name: String
    /// The plain text: `PlainTextContent`, or the file `plainTextPath` names in the archive, decoded as
    /// UTF-8 with a byte-order mark removed; line ends as stored. `nil` when the text is not in the file.
    public var text: String?
    public var selections: [QDPXSelection]

    public init(guid: String, name: String, text: String?, selections: [QDPXSelection]) {
        self.guid = guid
        self.name = name
        self.text = text
        self.selections = selections
    }
}

/// A `PlainTextSelection` and the codes put on it.
public struct QDPXSelection: Hashable, Sendable {
    public var guid: String
    /// The selection in Unicode code points (scalars) of ``QDPXSource/text``, whatever unit the writing
    /// program used (see ``QDPXReader``).
    public var codePoints: Range<Int>
    /// The GUIDs of the codes, in file order.
    public var codes: [String]
    /// The GUID of the user who made the selection, when the file names one.
    public var creatingUser: String?

    public init(guid: String, codePoints: Range<Int>, codes: [String], creatingUser: String?) {
        self.guid = guid
        self.codePoints = codePoints
        self.codes = codes
        self.creatingUser = creatingUser
    }
}

extension QDPXSource {
    /// The selected text, or `nil` when the text is missing or the selection lies outside it.
    public func text(of selection: QDPXSelection) -> String? {
        guard let text, selection.codePoints.lowerBound >= 0 else { return nil }
        let scalars = text.unicodeScalars
        guard selection.codePoints.upperBound <= scalars.count else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars.dropFirst(selection.codePoints.lowerBound).prefix(selection.codePoints.count))
        return String(view)
    }
}
