/// A codebook: themes, each holding codes, each code holding the patterns that find it in text.
///
/// Codes are addressed everywhere else by their position in ``codes`` (the themes' codes in order),
/// which is what ``Coding/code`` holds.
public struct Codebook: Hashable, Sendable {
    public var name: String
    public var version: String
    /// The codebook's main language (`sv`, `en`), used for labels when no `--lang` is given.
    public var language: String
    public var themes: [Theme]
    /// Lower-case hex SHA-256 of the codebook file's bytes.
    public var sha256: String
    /// The codebook's `pseudonymize:` key: whether runs with it mask speakers, names and numbers by default;
    /// `nil` when the key is absent. The command line and `tematik.yaml` take precedence over it.
    public var pseudonymize: Bool?

    public init(
        name: String, version: String, language: String, themes: [Theme], sha256: String,
        pseudonymize: Bool? = nil
    ) {
        self.name = name
        self.version = version
        self.language = language
        self.themes = themes
        self.sha256 = sha256
        self.pseudonymize = pseudonymize
    }

    /// Every code of every theme, in codebook order.
    public var codes: [Code] { themes.flatMap(\.codes) }
}

/// A label or description in one or more languages (`sv`, `en`).
public struct LocalizedText: Hashable, Sendable {
    /// Language code to text.
    public var values: [String: String]

    public init(_ values: [String: String]) { self.values = values }

    /// The text in `language`, else in Swedish, else in English, else in the first language by code.
    public func text(in language: String) -> String {
        values[language] ?? values["sv"] ?? values["en"] ?? values.sorted { $0.key < $1.key }.first?.value ?? ""
    }
}

/// A theme: a group of codes about one subject, such as competence or law.
public struct Theme: Hashable, Sendable {
    public var id: String
    public var label: LocalizedText
    public var description: LocalizedText
    /// A CSS colour such as `#4e79a7`, or `nil` to let the report choose.
    public var color: String?
    /// The theme's codes. Patterns written directly on a theme become a code whose id is the theme's id,
    /// placed first, so that every match belongs to exactly one code.
    public var codes: [Code]

    public init(id: String, label: LocalizedText, description: LocalizedText, color: String?, codes: [Code]) {
        self.id = id
        self.label = label
        self.description = description
        self.color = color
        self.codes = codes
    }
}

/// A code: one idea to be marked in the text, found by its patterns.
public struct Code: Hashable, Sendable {
    public var id: String
    /// The id of the theme that holds this code.
    public var theme: String
    public var label: LocalizedText
    public var description: LocalizedText
    public var color: String?
    /// Patterns that find the code (`utbild*`, `brist på kompetens`, `re:^ai$`).
    public var patterns: [Pattern]
    /// Patterns whose matches are removed from this code's matches.
    public var exclude: [Pattern]
    /// Sentences that must be coded with this code.
    public var mustMatch: [String]
    /// Sentences that must not be coded with this code.
    public var mustNotMatch: [String]
    /// Where the code is defined, for error messages.
    public var location: SourceLocation

    public init(
        id: String, theme: String, label: LocalizedText, description: LocalizedText = LocalizedText([:]),
        color: String? = nil, patterns: [Pattern], exclude: [Pattern] = [], mustMatch: [String] = [],
        mustNotMatch: [String] = [], location: SourceLocation
    ) {
        self.id = id
        self.theme = theme
        self.label = label
        self.description = description
        self.color = color
        self.patterns = patterns
        self.exclude = exclude
        self.mustMatch = mustMatch
        self.mustNotMatch = mustNotMatch
        self.location = location
    }
}
