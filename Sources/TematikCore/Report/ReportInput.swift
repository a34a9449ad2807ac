/// Everything the report stage needs to write a report folder.
public struct ReportInput: Sendable {
    /// The analysis to present.
    public var result: AnalysisResult
    /// The documents analysed, in document-id order: `documents.csv`, the document table and the
    /// manifest's inputs come from here.
    public var documents: [DocumentSummary]
    /// `codings.csv`, already written while the corpus was read; the writer moves it into the folder.
    public var codings: CodingsCSVFile
    public var codebook: Codebook
    /// The language of labels and text.
    public var language: ReportLanguage
    /// Tematik's version, as `tematik --version` prints it.
    public var toolVersion: String
    /// The inputs and options recorded in `manifest.json` and the methods paragraph.
    public var manifest: ManifestData
    /// Seconds since 1970 from `SOURCE_DATE_EPOCH`; the report shows a date only when this is set.
    public var sourceDateEpoch: Int?
    /// Inputs that could not be read (one per file), listed in the methods section; with `--pseudonymize`
    /// the pipeline has masked them already, since only it knows which path is which document's.
    public var failures: [Diagnostic]
    /// Set with `--pseudonymize`: ``ReportWriter`` masks the result, the document ids and the rest of the
    /// input with it before rendering (its `mask(_:)` for a ``ReportInput``). `codings.csv` is masked as
    /// it is streamed, so the pipeline applies the same pseudonymizer there, which holds every document's
    /// masked id.
    public var pseudonymizer: Pseudonymizer?

    public init(
        result: AnalysisResult, documents: [DocumentSummary], codings: CodingsCSVFile, codebook: Codebook,
        language: ReportLanguage, toolVersion: String, manifest: ManifestData, sourceDateEpoch: Int? = nil,
        failures: [Diagnostic] = [], pseudonymizer: Pseudonymizer? = nil
    ) {
        self.result = result
        self.documents = documents
        self.codings = codings
        self.codebook = codebook
        self.language = language
        self.toolVersion = toolVersion
        self.manifest = manifest
        self.sourceDateEpoch = sourceDateEpoch
        self.failures = failures
        self.pseudonymizer = pseudonymizer
    }
}

/// The inputs and result-changing options of a run, for `manifest.json`.
///
/// Only what changes the results belongs here; output folder, jobs, cache, shard and verbosity do not,
/// and no path may be absolute, so that the manifest is the same wherever the corpus lies.
public struct ManifestData: Hashable, Sendable {
    /// The codebook file as the user named it, relative (or just its file name).
    public var codebookPath: String
    /// Inputs besides the transcripts, such as `metadata.csv`, with paths relative to the corpus.
    /// The transcripts themselves come from ``ReportInput/documents``.
    public var otherInputs: [ManifestInput]
    /// Whether interviewer turns were coded (`--include-interviewer`).
    public var includeInterviewer: Bool
    /// The speaker labels taken as the interviewer (`Intervjuare`, `I`, …).
    public var interviewerLabels: [String]
    /// Interviewer names from `metadata.csv`'s `interviewer` column, sorted and without repeats.
    public var interviewerNames: [String]

    public init(
        codebookPath: String, otherInputs: [ManifestInput] = [], includeInterviewer: Bool,
        interviewerLabels: [String], interviewerNames: [String] = []
    ) {
        self.codebookPath = codebookPath
        self.otherInputs = otherInputs
        self.includeInterviewer = includeInterviewer
        self.interviewerLabels = interviewerLabels
        self.interviewerNames = interviewerNames
    }
}

/// One input file: its path relative to the corpus root (`/` separators) and the SHA-256 of its bytes.
public struct ManifestInput: Hashable, Sendable {
    public var path: String
    public var sha256: String

    public init(path: String, sha256: String) {
        self.path = path
        self.sha256 = sha256
    }
}
