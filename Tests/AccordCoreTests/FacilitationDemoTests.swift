import Testing

@testable import AccordCore

/// The demo's made-up participants: valid for every shipped workshop, with gaps to discuss,
/// and the gaps named by agreed actions closing in the next round.
@Suite struct FacilitationDemoTests {
    static func room(_ workshop: Workshop, round: Int, actions: [AgreedAction] = [], seed: UInt64 = 5) -> [Submission] {
        var participants = SyntheticParticipants(workshop: workshop, partners: ["Acme", "Globex"], seed: seed)
        return ["Acme", "Globex"].flatMap { partner in
            Level.allCases.flatMap { level in
                participants.submissions(partner: partner, level: level, count: 6, round: round, actions: actions)
            }
        }
    }

    @Test(arguments: ShippedWorkshopTests.shipped)
    func everySyntheticSubmissionIsValidAndTheRoomHasGapsToDiscuss(name: String) throws {
        let workshop = try ShippedWorkshopTests.load(name)
        let submissions = Self.room(workshop, round: 1)
        for submission in submissions {
            #expect(submission.problems(in: workshop).isEmpty, "\(submission.problems(in: workshop))")
        }
        let report = try FacilitationShippedWorkshopTests.report(workshop, submissions)
        let findings = FindingRanker(workshop: workshop).findings(in: report).flatMap(\.findings)
        #expect(findings.contains { $0.kind == .partnerGap && $0.magnitude == .large })
        #expect(findings.contains { $0.kind == .levelGap })
    }

    @Test func theSameSeedGivesTheSameRoom() throws {
        let workshop = try ShippedWorkshopTests.load("common-vision")
        #expect(Self.room(workshop, round: 1) == Self.room(workshop, round: 1))
        #expect(Self.room(workshop, round: 1) != Self.room(workshop, round: 1, seed: 6))
    }

    @Test func theGapsAnActionNamesCloseInTheNextRound() throws {
        let workshop = try ShippedWorkshopTests.load("common-vision")
        let first = try FacilitationShippedWorkshopTests.report(workshop, Self.room(workshop, round: 1))
        let action = AgreedAction(
            id: 1, text: "Hold a joint vision day", owner: "Globex", dueRound: 2, agreedInRound: 1,
            questionIDs: ["vision-leaders-same"])
        var second = try FacilitationShippedWorkshopTests.report(
            workshop, Self.room(workshop, round: 2, actions: [action]))
        second.round = 2
        let review = try #require(ActionReview.reviews(of: [action], in: second, agreedRoundReports: [1: first]).first)
        #expect(review.gaps.map(\.trend) == [.narrowed, .narrowed])
        // A question no action names keeps its gap.
        let untouched = AgreedAction(
            id: 2, text: "x", owner: "Acme", dueRound: 2, agreedInRound: 1, questionIDs: ["values-compatible"])
        let other = try #require(
            ActionReview.reviews(of: [untouched], in: second, agreedRoundReports: [1: first]).first)
        #expect(!other.gaps.contains { $0.trend == .narrowed && ($0.then ?? 0) - ($0.now ?? 0) > 0.2 })
    }
}
