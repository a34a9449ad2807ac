/// The counts of one code or theme within one scope (the corpus, a document, an attribute group).
public struct Counts: Hashable, Sendable, Codable {
    /// Matches. For a code, its codings; for a theme, its passages: token ranges coded by any of its codes,
    /// with overlapping ranges joined, so one passage coded by two codes of a theme counts once.
    public var references: Int
    /// Unit segments with at least one reference.
    public var segments: Int
    /// Documents with at least one reference.
    public var documents: Int
    /// `documents` as a percentage (0–100) of the scope's documents; 0 when the scope has none.
    public var documentPercent: Double
    /// Distinct (document, speaker) pairs among the coded segments; a document's unlabelled text is one
    /// anonymous respondent. With `--include-interviewer` interviewers count too.
    public var respondents: Int
    /// References per 1,000 words of the scope's units of analysis; 0 when those have no words.
    public var rate: Double

    public init(
        references: Int, segments: Int, documents: Int, documentPercent: Double, respondents: Int,
        rate: Double
    ) {
        self.references = references
        self.segments = segments
        self.documents = documents
        self.documentPercent = documentPercent
        self.respondents = respondents
        self.rate = rate
    }

    enum CodingKeys: String, CodingKey {
        case references, segments, documents, respondents, rate
        case documentPercent = "document_percent"
    }
}

/// A folded word or phrase and how often it occurs.
public struct WordCount: Hashable, Sendable, Codable {
    public var word: String
    public var count: Int

    public init(word: String, count: Int) {
        self.word = word
        self.count = count
    }
}

/// One code over the whole corpus.
public struct CodeStats: Hashable, Sendable, Codable {
    public var id: String
    /// The id of the code's theme.
    public var theme: String
    /// Language code to label, as in the codebook.
    public var label: [String: String]
    public var counts: Counts
    /// The folded matched text with counts, sorted by count (descending), then word (byte order).
    public var topWords: [WordCount]
    /// The best quotes for the code, best first (see ``Exemplar``).
    public var exemplars: [Exemplar]

    public init(
        id: String, theme: String, label: [String: String], counts: Counts, topWords: [WordCount],
        exemplars: [Exemplar]
    ) {
        self.id = id
        self.theme = theme
        self.label = label
        self.counts = counts
        self.topWords = topWords
        self.exemplars = exemplars
    }

    enum CodingKeys: String, CodingKey {
        case id, theme, label, counts, exemplars
        case topWords = "top_words"
    }
}

/// One theme over the whole corpus.
public struct ThemeStats: Hashable, Sendable, Codable {
    public var id: String
    /// Language code to label, as in the codebook.
    public var label: [String: String]
    /// Language code to description, as in the codebook.
    public var description: [String: String]
    /// A CSS colour, or `nil` to let the renderer choose.
    public var color: String?
    /// The ids of the theme's codes, in codebook order.
    public var codes: [String]
    public var counts: Counts
    /// The folded text of the theme's distinct references with counts, sorted like ``CodeStats/topWords``.
    public var topWords: [WordCount]

    public init(
        id: String, label: [String: String], description: [String: String], color: String?,
        codes: [String], counts: Counts, topWords: [WordCount]
    ) {
        self.id = id
        self.label = label
        self.description = description
        self.color = color
        self.codes = codes
        self.counts = counts
        self.topWords = topWords
    }

    enum CodingKeys: String, CodingKey {
        case id, label, description, color, codes, counts
        case topWords = "top_words"
    }
}

/// Every code and theme counted within one group of documents: one document, or the documents that share
/// an attribute value.
public struct GroupStats: Hashable, Sendable, Codable {
    /// The document id or attribute value; `nil` for the documents that have no value for the attribute
    /// (the renderer shows it as "(saknas)" or "(missing)").
    public var name: String?
    public var documents: Int
    public var unitSegments: Int
    /// Words in the group's units of analysis: the denominator of the group's rates.
    public var unitWords: Int
    /// Indexed like ``AnalysisResult/codes``.
    public var codes: [Counts]
    /// Indexed like ``AnalysisResult/themes``.
    public var themes: [Counts]

    public init(
        name: String?, documents: Int, unitSegments: Int, unitWords: Int, codes: [Counts],
        themes: [Counts]
    ) {
        self.name = name
        self.documents = documents
        self.unitSegments = unitSegments
        self.unitWords = unitWords
        self.codes = codes
        self.themes = themes
    }

    enum CodingKeys: String, CodingKey {
        case name, documents, codes, themes
        case unitSegments = "unit_segments"
        case unitWords = "unit_words"
    }
}

/// Codes and themes compared across the values of one metadata column.
public struct AttributeComparison: Hashable, Sendable, Codable {
    /// The column name from `metadata.csv`.
    public var attribute: String
    /// One group per value (byte order), then the group of documents without a value (`name == nil`),
    /// present only when there are such documents. A value that is empty or only whitespace counts as none.
    public var groups: [GroupStats]

    public init(attribute: String, groups: [GroupStats]) {
        self.attribute = attribute
        self.groups = groups
    }
}
