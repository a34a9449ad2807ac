/// How documents are read: which speakers are the interviewer, and how far Office files may inflate.
public struct ReadOptions: Hashable, Sendable {
    /// Labels that mark the interviewer (defaults: ``SpeakerRoles/defaultInterviewerLabels``).
    public var interviewerLabels: [String]
    /// Names that mark the interviewer in every file (`--interviewer NAME`), besides those that
    /// `metadata.csv` gives per file.
    public var interviewerNames: [String]
    /// Bounds on the ZIP entries of `.docx` and `.odt` files (zip-bomb guard).
    public var zipLimits: ZipLimits

    /// Creates a value from its parts.
    public init(
        interviewerLabels: [String] = SpeakerRoles.defaultInterviewerLabels, interviewerNames: [String] = [],
        zipLimits: ZipLimits = .default
    ) {
        self.interviewerLabels = interviewerLabels
        self.interviewerNames = interviewerNames
        self.zipLimits = zipLimits
    }
}
