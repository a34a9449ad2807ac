/// How documents are read: which speakers are the interviewer.
public struct ReadOptions: Hashable, Sendable {
    /// Labels that mark the interviewer (defaults: ``SpeakerRoles/defaultInterviewerLabels``).
    public var interviewerLabels: [String]
    /// Names that mark the interviewer in every file (`--interviewer NAME`), besides those that
    /// `metadata.csv` gives per file.
    public var interviewerNames: [String]

    /// Creates a value from its parts.
    public init(
        interviewerLabels: [String] = SpeakerRoles.defaultInterviewerLabels, interviewerNames: [String] = []
    ) {
        self.interviewerLabels = interviewerLabels
        self.interviewerNames = interviewerNames
    }
}
