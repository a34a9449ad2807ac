/// ``SpeakerRoles``' answers for one document, remembered per label and speaker: a transcript repeats a
/// handful of them on every turn, and working one out lower-cases, splits and joins it.
struct SpeakerRoleMemo {
    private let roles: SpeakerRoles
    private var knownLabels: [String: Bool] = [:]
    private var rolesOfSpeakers: [String: Role] = [:]

    init(_ roles: SpeakerRoles) {
        self.roles = roles
    }

    /// ``SpeakerRoles/isKnownLabel(_:)``.
    mutating func isKnownLabel(_ label: String) -> Bool {
        if let known = knownLabels[label] { return known }
        let known = roles.isKnownLabel(label)
        knownLabels[label] = known
        return known
    }

    /// ``SpeakerRoles/role(for:)``.
    mutating func role(for speaker: String?) -> Role {
        guard let speaker else { return roles.role(for: nil) }
        if let role = rolesOfSpeakers[speaker] { return role }
        let role = roles.role(for: speaker)
        rolesOfSpeakers[speaker] = role
        return role
    }
}
