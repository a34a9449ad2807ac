import Testing

@testable import TematikCore

struct SpeakerRolesTests {
    @Test(arguments: [
        "Intervjuare", "intervjuaren", "I", "INT", "Interviewer", "q", "F", "Fråga", "I1", "Intervjuare 2", "F12",
    ])
    func defaultInterviewerLabels(_ label: String) {
        #expect(SpeakerRoles().role(for: label) == .interviewer)
    }

    @Test(arguments: ["IP", "IP1", "Respondent", "Anna", "Intervjuarens", "II", "1", "Fr"] as [String?] + [nil])
    func everyoneElseIsARespondent(_ speaker: String?) {
        #expect(SpeakerRoles().role(for: speaker) == .respondent)
    }

    @Test func namesMatchWholeAndCaseInsensitively() {
        let roles = SpeakerRoles(interviewerNames: ["Karin  Berg", " "])
        #expect(roles.role(for: "karin berg") == .interviewer)
        #expect(roles.role(for: "Karin Berg 2") == .respondent)
        #expect(roles.role(for: "Karin") == .respondent)
        #expect(roles.role(for: "") == .respondent)
    }

    @Test func configuredLabelsReplaceTheDefaults() {
        let roles = SpeakerRoles(interviewerLabels: ["Moderator"])
        #expect(roles.role(for: "Moderator 1") == .interviewer)
        #expect(roles.role(for: "Intervjuare") == .respondent)
    }

    @Test func knownLabelsIncludeRespondentLabels() {
        let roles = SpeakerRoles(interviewerNames: ["Karin Berg"])
        #expect(["IP3", "Deltagare 4", "svarande", "A", "Karin Berg", "Int"].allSatisfy(roles.isKnownLabel))
        #expect(!["Obs", "Exempel", "Anna", "B"].contains(where: roles.isKnownLabel))
    }
}
