/// Decides who is the interviewer: the labels and names that mark an interviewer's turn.
///
/// A speaker is the interviewer when its label matches one of ``interviewerLabels`` or one of
/// ``interviewerNames``; everything else, unlabelled text included, is a respondent.
/// - Labels match case-insensitively and may carry a number, with or without a space (`I1`,
///   `Intervjuare 2`), because studies with two interviewers number them.
/// - Names (from `metadata.csv`'s `interviewer` column or `--interviewer`) match case-insensitively and
///   whole, with runs of white space treated as one space, and never with a number appended: `Anna` does
///   not make `Anna 2` an interviewer.
public struct SpeakerRoles: Hashable, Sendable {
    /// The interviewer labels used when none are configured.
    public static let defaultInterviewerLabels = [
        "Intervjuare", "Intervjuaren", "I", "Int", "Interviewer", "Q", "F", "Fråga",
    ]

    /// Labels that are known to mark a respondent. They never change a role (every non-interviewer is a
    /// respondent) but they let ``TurnSplitter`` accept a label that occurs only once in a document.
    /// `IP` (intervjuperson) and `Deltagare` take a number like the interviewer labels (`IP1`, `Deltagare 3`).
    public static let respondentLabels = [
        "Respondent", "R", "IP", "Deltagare", "Informant", "Svar", "Svarande", "Interviewee", "A", "S",
    ]

    /// Labels that mark the interviewer, such as `Intervjuare` or `I`.
    public var interviewerLabels: [String]
    /// People's names that mark the interviewer, such as `Anna Svensson` in a Teams transcript.
    public var interviewerNames: [String]

    private let labelKeys: Set<String>
    private let nameKeys: Set<String>
    /// The keys of ``respondentLabels``, made once: roles are made for every document.
    private static let respondentKeys = Set(respondentLabels.map(key))

    /// Roles from interviewer labels and names.
    public init(interviewerLabels: [String] = defaultInterviewerLabels, interviewerNames: [String] = []) {
        self.interviewerLabels = interviewerLabels
        self.interviewerNames = interviewerNames
        labelKeys = Set(interviewerLabels.map(Self.key))
        nameKeys = Set(interviewerNames.map(Self.key).filter { !$0.isEmpty })
    }

    /// `.interviewer` when `speaker` is an interviewer label or name, else `.respondent` (also for `nil`).
    public func role(for speaker: String?) -> Role {
        guard let speaker else { return .respondent }
        let key = Self.key(speaker)
        if nameKeys.contains(key) || labelKeys.contains(Self.withoutNumber(key)) { return .interviewer }
        return .respondent
    }

    /// Whether `label` is a known interviewer or respondent label or an interviewer name, so that it counts
    /// as a speaker label even where it occurs only once.
    public func isKnownLabel(_ label: String) -> Bool {
        let key = Self.key(label)
        let bare = Self.withoutNumber(key)
        return nameKeys.contains(key) || labelKeys.contains(bare) || Self.respondentKeys.contains(bare)
    }

    /// Lower-cased, with white space runs as one space and none at the ends.
    private static func key(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `key` without a trailing number and the space before it (`i1` → `i`, `deltagare 3` → `deltagare`).
    private static func withoutNumber(_ key: String) -> String {
        var stripped = Substring(key)
        while let last = stripped.last, last.isASCII, last.isNumber { stripped = stripped.dropLast() }
        if stripped.count == key.count { return key }
        if stripped.last == " " { stripped = stripped.dropLast() }
        return stripped.isEmpty ? key : String(stripped)
    }
}
