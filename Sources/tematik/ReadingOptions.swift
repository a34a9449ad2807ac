import ArgumentParser
import Foundation
import TematikCore

/// Options that decide how transcripts are read and which turns are analysed; shared by every
/// command that reads a corpus.
struct ReadingOptions: ParsableArguments {
    @Option(help: "The folder of transcripts, read recursively.")
    var corpus: String = "Corpus"

    @Option(
        name: .customLong("interviewer-labels"),
        help:
            "Comma-separated speaker labels that mark the interviewer (replaces the defaults: \(SpeakerRoles.defaultInterviewerLabels.joined(separator: ",")))."
    )
    var interviewerLabels: String?

    @Option(name: .customLong("interviewer"), help: "A speaker name that is the interviewer (repeatable).")
    var interviewerNames: [String] = []

    @Flag(help: "Code and count interviewer turns too (by default only respondent turns are units of analysis).")
    var includeInterviewer = false

    @OptionGroup var limits: LimitOptions

    /// The corpus folder as a URL.
    var corpusURL: URL { URL(fileURLWithPath: corpus) }

    /// The reading options these flags give.
    var readOptions: ReadOptions {
        var options = ReadOptions()
        if let interviewerLabels {
            options.interviewerLabels = interviewerLabels.split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        options.interviewerNames = interviewerNames
        options.zipLimits = limits.zipLimits
        options.limits = limits.readLimits
        return options
    }
}

/// The codebook option, shared by every command that codes text.
struct CodebookOption: ParsableArguments {
    @Option(help: "The codebook: .yaml (native or quanteda), LIWC .dic, WordStat .cat or REFI-QDA .qdc.")
    var codebook: String = "Codebooks/ai-kommuner.yaml"

    var codebookURL: URL { URL(fileURLWithPath: codebook) }
}
