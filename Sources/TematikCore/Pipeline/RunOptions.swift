import Foundation

/// Everything one run needs to know, as the command line or a caller sets it.
public struct RunOptions: Sendable {
    /// The folder of transcripts.
    public var corpus: URL
    /// The codebook file.
    public var codebook: URL
    /// The report folder.
    public var output: URL
    /// How transcripts are read and who counts as interviewer.
    public var reading: ReadOptions
    /// Whether interviewer turns are coded and counted as units of analysis.
    public var includeInterviewer: Bool
    /// The unit of co-occurrence, exemplars and the rest of the analysis.
    public var analysis: AnalysisOptions
    /// The report's language (`sv`, `en`); `nil` takes the codebook's.
    public var language: String?
    /// How many documents are read and coded at once; with 1, the run works on one core.
    public var jobs: Int
    /// Seconds since 1970 from `SOURCE_DATE_EPOCH`: the only time stamp a report may carry.
    public var sourceDateEpoch: Int?
    /// The cache of read and coded documents (`--cache`), or `nil` with `--no-cache`.
    public var cache: URL?
    /// Where to write a REFI-QDA project of the codings (`--qdpx`), if anywhere.
    public var qdpx: URL?
    /// `--pseudonymize` (`true`) or `--no-pseudonymize` (`false`): speaker labels, listed names, identity
    /// numbers, e-mail addresses and phone numbers are masked in every output, in text and in document ids
    /// (see ``Pseudonymizer``); counts are unchanged. `nil` leaves it to ``projectFile``, then to the
    /// codebook's `pseudonymize:` key.
    public var pseudonymize: Bool?
    /// The `tematik.yaml` read for this run, whose settings come after the command line's.
    public var projectFile: ProjectFile?
    /// `--strict`: any input that cannot be read stops the run with exit 2 before anything is written.
    public var strict = false
    /// The share of the corpus to read (`--shard i/N`); then ``output`` receives a partial result for
    /// `tematik merge` instead of a report. `nil` reads the whole corpus.
    public var shard: ShardSpec?

    public init(
        corpus: URL, codebook: URL, output: URL, reading: ReadOptions = ReadOptions(),
        includeInterviewer: Bool = false, analysis: AnalysisOptions = AnalysisOptions(), language: String? = nil,
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount, sourceDateEpoch: Int? = nil,
        cache: URL? = nil, qdpx: URL? = nil, shard: ShardSpec? = nil
    ) {
        self.corpus = corpus
        self.codebook = codebook
        self.output = output
        self.reading = reading
        self.includeInterviewer = includeInterviewer
        self.analysis = analysis
        self.language = language
        self.jobs = jobs
        self.sourceDateEpoch = sourceDateEpoch
        self.cache = cache
        self.qdpx = qdpx
        self.shard = shard
    }

    /// Whether this run pseudonymises, with `codebook` read from ``codebook``: see ``Pseudonymization``.
    public func pseudonymization(codebook book: Codebook?) -> Pseudonymization {
        .resolve(
            commandLine: pseudonymize, projectFile: projectFile, codebook: book, codebookPath: codebook.relativePath)
    }

    /// How many documents `tematik.sqlite` may insert behind the run, on a thread of its own (see
    /// ``ReportStore``): none with one job, so that `--jobs 1` works on one core; as many as are coded
    /// ahead (``CorpusStream/lookahead``) with more, so that the store catches up without stopping the coding.
    var storeBacklog: Int { jobs > 1 ? CorpusStream.lookahead * jobs : 0 }

    /// The default report folder for a corpus: `Reports/demo` for the bundled `Corpus`, else
    /// `Reports/<corpus folder name>`.
    public static func defaultOutput(for corpus: URL) -> URL {
        let name = corpus.standardizedFileURL.lastPathComponent
        return URL(fileURLWithPath: "Reports").appendingPathComponent(name == "Corpus" ? "demo" : name)
    }
}
