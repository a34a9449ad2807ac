/// The file formats a codebook can be read from, chosen by the file's extension.
public enum CodebookFormat: String, Hashable, Sendable, CaseIterable {
    /// Tematik's own YAML, or a quanteda-style YAML dictionary (told apart by content: a dictionary has none
    /// of the keys `name`, `version`, `language` and `themes` at the top).
    case yaml
    /// A LIWC dictionary (`.dic`).
    case liwc
    /// A WordStat categorization dictionary (`.cat`).
    case wordStat
    /// A Lexicoder dictionary (`.lc3`), such as the Lexicoder Sentiment Dictionary.
    case lexicoder
    /// A REFI-QDA codebook (`.qdc`): codes and their hierarchy, no patterns.
    case qdc

    /// The format for a file extension (`yaml`, `yml`, `dic`, `cat`, `lc3`, `qdc`; any case), or `nil`.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "yaml", "yml": self = .yaml
        case "dic": self = .liwc
        case "cat": self = .wordStat
        case "lc3": self = .lexicoder
        case "qdc": self = .qdc
        default: return nil
        }
    }

    /// The extensions that name a readable codebook, for error messages.
    static let knownExtensions = ".yaml, .yml, .dic, .cat, .lc3 or .qdc"
}
