/// How documents are read: which speakers are the interviewer, how far Office files may inflate, and how
/// large a file may be.
public struct ReadOptions: Hashable, Sendable {
    /// Labels that mark the interviewer (defaults: ``SpeakerRoles/defaultInterviewerLabels``).
    public var interviewerLabels: [String]
    /// Names that mark the interviewer in every file (`--interviewer NAME`), besides those that
    /// `metadata.csv` gives per file.
    public var interviewerNames: [String]
    /// Bounds on the ZIP entries of `.docx` and `.odt` files (zip-bomb guard).
    public var zipLimits: ZipLimits
    /// Bounds on file size, XML depth and nodes, segments, line length and tokens per segment.
    public var limits: ReadLimits

    /// Creates a value from its parts.
    public init(
        interviewerLabels: [String] = SpeakerRoles.defaultInterviewerLabels, interviewerNames: [String] = [],
        zipLimits: ZipLimits = .default, limits: ReadLimits = .default
    ) {
        self.interviewerLabels = interviewerLabels
        self.interviewerNames = interviewerNames
        self.zipLimits = zipLimits
        self.limits = limits
    }
}
