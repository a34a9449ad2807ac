/// Everything the analysis stage finds in a coded corpus; renderers only read it.
///
/// Encoded as is into `results.json` (nested under the report's own `schema_version`), with snake_case keys
/// that do not depend on the encoder's key strategy. Lists indexed "like ``codes``" hold one entry per code
/// in codebook order; lists indexed "like ``themes``" one per theme in codebook order.
///
/// Denominators: every rate is per 1,000 words of the units of analysis in scope, and is 0 when those
/// units have no words; every percentage is 0 when its scope has no documents. No value is NaN or infinite.
public struct AnalysisResult: Hashable, Sendable, Codable {
    /// The options the analysis ran with.
    public var options: AnalysisOptions
    public var overview: CorpusOverview
    /// One entry per code, in codebook order.
    public var codes: [CodeStats]
    /// One entry per theme, in codebook order.
    public var themes: [ThemeStats]
    /// The code × document matrix: one row per document, in document-id order; `name` is the document id.
    public var documents: [GroupStats]
    /// Code × attribute group, one comparison per metadata column, sorted by column name (byte order).
    public var attributes: [AttributeComparison]
    public var cooccurrence: Cooccurrence
    public var audit: CodebookAudit

    public init(
        options: AnalysisOptions, overview: CorpusOverview, codes: [CodeStats], themes: [ThemeStats],
        documents: [GroupStats], attributes: [AttributeComparison], cooccurrence: Cooccurrence,
        audit: CodebookAudit
    ) {
        self.options = options
        self.overview = overview
        self.codes = codes
        self.themes = themes
        self.documents = documents
        self.attributes = attributes
        self.cooccurrence = cooccurrence
        self.audit = audit
    }
}

/// The size and make-up of the corpus.
///
/// Speakers are counted as distinct (document, speaker label) pairs: the same name in two documents is two
/// speakers, and a document's unlabelled text counts as one anonymous respondent of that document.
public struct CorpusOverview: Hashable, Sendable, Codable {
    public var documents: Int
    public var segments: Int
    /// Segments that are units of analysis (respondent turns, or all turns with `--include-interviewer`).
    public var unitSegments: Int
    /// Words (tokens) in all segments.
    public var words: Int
    /// Words in the units of analysis: the denominator of every rate.
    public var unitWords: Int
    /// Distinct speakers of any role.
    public var speakers: Int
    /// Distinct speakers in respondent turns (unlabelled text included).
    public var respondents: Int
    /// Distinct speakers in interviewer turns.
    public var interviewers: Int
    /// Documents per format, sorted by format name.
    public var formats: [FormatCount]
    /// Documents with at least one coding.
    public var codedDocuments: Int
    /// Unit segments with at least one coding.
    public var codedSegments: Int
    /// All codings (references) of all codes.
    public var references: Int

    public init(
        documents: Int, segments: Int, unitSegments: Int, words: Int, unitWords: Int, speakers: Int,
        respondents: Int, interviewers: Int, formats: [FormatCount], codedDocuments: Int, codedSegments: Int,
        references: Int
    ) {
        self.documents = documents
        self.segments = segments
        self.unitSegments = unitSegments
        self.words = words
        self.unitWords = unitWords
        self.speakers = speakers
        self.respondents = respondents
        self.interviewers = interviewers
        self.formats = formats
        self.codedDocuments = codedDocuments
        self.codedSegments = codedSegments
        self.references = references
    }

    enum CodingKeys: String, CodingKey {
        case documents, segments, words, speakers, respondents, interviewers, formats, references
        case unitSegments = "unit_segments"
        case unitWords = "unit_words"
        case codedDocuments = "coded_documents"
        case codedSegments = "coded_segments"
    }
}

/// How many documents of one format the corpus holds.
public struct FormatCount: Hashable, Sendable, Codable {
    public var format: DocumentFormat
    public var documents: Int

    public init(format: DocumentFormat, documents: Int) {
        self.format = format
        self.documents = documents
    }
}
