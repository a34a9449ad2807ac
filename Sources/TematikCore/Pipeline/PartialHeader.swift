import Foundation

/// `partial.json`: what a sharded run (`tematik run --shard i/N --out DIR`) records beside its
/// accumulator, so that `tematik merge` can check the shards belong together and rebuild one run's report.
///
/// A partial result is a folder of four files; `partial.json` is written last, so a folder that has it
/// is complete:
/// - `accumulator.json`: the shard's ``AnalysisAccumulator``, encoded (counts, not text).
/// - `codings.csv`: the shard's rows of `codings.csv`, header first, documents in id order.
/// - `store.sqlite`: the shard's rows of `tematik.sqlite` (themes, codes, documents, their attributes,
///   segments and codings; no counts, co-occurrences or `meta`).
/// - `partial.json`: this header.
public struct PartialHeader: Sendable, Codable {
    /// The version of this layout; a merge refuses partials of another. 2 added `store.sqlite`.
    public static let currentFormat = 2
    /// The header's file name in a partial folder.
    public static let fileName = "partial.json"
    /// The encoded accumulator's file name in a partial folder.
    public static let accumulatorFileName = "accumulator.json"
    /// The codings rows' file name in a partial folder.
    public static let codingsFileName = "codings.csv"
    /// The store rows' file name in a partial folder.
    public static let storeFileName = "store.sqlite"

    /// The layout version, ``currentFormat`` when written.
    public var format: Int
    /// Which share of the corpus this is.
    public var shard: ShardSpec
    /// What must be the same in every shard of one merge.
    public var settings: PartialSettings
    /// The codebook file the shard read, as an absolute path, for the merge to load when no
    /// `--codebook` is given.
    public var codebookFile: String
    /// The shard's documents in id order, with the bytes of their rows in `codings.csv`.
    public var documents: [PartialDocument]
    /// Problems with the corpus as a whole (a folder named like a document, `metadata.csv`): shard 0 only.
    public var listingFailures: [Diagnostic]
    /// Files of this shard that could not be read, in id order.
    public var fileFailures: [Diagnostic]
    /// `metadata.csv` warnings found while reading it: shard 0 only.
    public var leadingWarnings: [Diagnostic]
    /// Warnings about this shard's documents, document by document.
    public var documentWarnings: [Diagnostic]
    /// `metadata.csv` rows that name no document of the corpus: shard 0 only.
    public var trailingWarnings: [Diagnostic]
    /// Files in the corpus folder that are not transcripts: shard 0 only.
    public var skipped: [String]

    enum CodingKeys: String, CodingKey {
        case format, shard, settings, documents, skipped
        case codebookFile = "codebook_file"
        case listingFailures = "listing_failures"
        case fileFailures = "file_failures"
        case leadingWarnings = "leading_warnings"
        case documentWarnings = "document_warnings"
        case trailingWarnings = "trailing_warnings"
    }
}

/// One document of a shard and the length of its block of rows in the shard's `codings.csv`.
public struct PartialDocument: Hashable, Sendable, Codable {
    /// The document id.
    public var id: String
    /// Bytes of the document's rows (0 for a document without codings).
    public var bytes: Int
}

/// The tool, codebook, corpus and options of a shard: everything that changes the merged report, so every
/// shard of a merge must have the same.
public struct PartialSettings: Hashable, Sendable, Codable {
    /// The version of tematik that ran the shard (``ToolInfo/version``).
    public var toolVersion: String
    /// SHA-256 of the codebook file.
    public var codebookSHA256: String
    /// The codebook as the manifest names it (``ManifestData/codebookPath``).
    public var codebookPath: String
    /// The corpus folder as given (`--corpus`): failures name files by it.
    public var corpus: String
    /// SHA-256 of the ids of every document in the corpus listing, NUL-separated: shards that listed
    /// different files (one was added between shard runs) would not add up to one run.
    public var listingSHA256: String
    /// Inputs besides the transcripts (`metadata.csv`) with their SHA-256.
    public var otherInputs: [ManifestInputValue]
    /// Unit, exemplars and the other analysis options.
    public var analysis: AnalysisOptions
    /// Whether interviewer turns were coded (`--include-interviewer`).
    public var includeInterviewer: Bool
    /// The speaker labels taken as the interviewer.
    public var interviewerLabels: [String]
    /// Speaker names taken as the interviewer (`--interviewer`).
    public var interviewerNames: [String]
    /// The report language, resolved (`sv`, `en`).
    public var language: String
    /// How many shards the corpus was split into.
    public var shardCount: Int

    enum CodingKeys: String, CodingKey {
        case corpus, analysis, language
        case toolVersion = "tool_version"
        case codebookSHA256 = "codebook_sha256"
        case codebookPath = "codebook_path"
        case listingSHA256 = "listing_sha256"
        case otherInputs = "other_inputs"
        case includeInterviewer = "include_interviewer"
        case interviewerLabels = "interviewer_labels"
        case interviewerNames = "interviewer_names"
        case shardCount = "shard_count"
    }

    /// Every setting by a name a user recognises, as text: a merge names the first that differs.
    var fields: [(name: String, value: String)] {
        let options = analysis
        return [
            ("tool version", toolVersion), ("codebook sha256", codebookSHA256), ("codebook path", codebookPath),
            ("corpus", corpus), ("corpus listing sha256", listingSHA256),
            ("other inputs", otherInputs.map { "\($0.path)=\($0.sha256)" }.joined(separator: ",")),
            ("unit", options.unit.name), ("exemplars", String(options.exemplars)),
            ("quote length", String(options.quoteLength)), ("top words", String(options.topWords)),
            ("audit words", String(options.auditWords)), ("stop-word filter", String(options.filterStopWords)),
            ("include interviewer", String(includeInterviewer)),
            ("interviewer labels", interviewerLabels.joined(separator: ",")),
            ("interviewer names", interviewerNames.joined(separator: ",")),
            ("language", language), ("shard count", String(shardCount)),
        ]
    }

    /// The manifest data of the run these settings describe.
    var manifest: ManifestData {
        ManifestData(
            codebookPath: codebookPath,
            otherInputs: otherInputs.map { ManifestInput(path: $0.path, sha256: $0.sha256) },
            includeInterviewer: includeInterviewer, interviewerLabels: interviewerLabels,
            interviewerNames: interviewerNames)
    }
}

/// A ``ManifestInput`` as a partial result saves it.
public struct ManifestInputValue: Hashable, Sendable, Codable {
    /// The path relative to the corpus root.
    public var path: String
    /// SHA-256 (hex) of the file's bytes.
    public var sha256: String
}
