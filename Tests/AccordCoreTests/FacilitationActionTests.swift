import Testing

@testable import AccordCore

/// Agreed actions: what is accepted, and how a later report shows them beside their gaps.
@Suite struct FacilitationActionTests {
    let workshop = FacilitationFixture.workshop
    let partners = ["Acme", "Globex"]

    @Test func anActionIsTrimmedAndItsQuestionsPutInWorkshopOrder() throws {
        let action = try AgreedAction(
            id: 1, text: "  Hold a joint vision day \n", owner: "Globex", dueRound: 2, agreedInRound: 1,
            questionIDs: ["top-goal", "vision-shared"], dimension: "vision"
        ).validated(partners: partners, workshop: workshop)
        #expect(action.text == "Hold a joint vision day")
        #expect(action.questionIDs == ["vision-shared", "top-goal"])
    }

    @Test func aBadActionSaysWhatToFix() {
        func check(_ action: AgreedAction, _ error: FacilitationError) {
            #expect(throws: error) { try action.validated(partners: partners, workshop: workshop) }
        }
        check(AgreedAction(id: 1, text: "  ", owner: "Acme", dueRound: 2, agreedInRound: 1), .emptyActionText)
        check(
            AgreedAction(id: 1, text: "x", owner: "Initech", dueRound: 2, agreedInRound: 1),
            .unknownOwner("Initech", partners: partners))
        check(
            AgreedAction(id: 1, text: "x", owner: "Acme", dueRound: 1, agreedInRound: 1),
            .dueRoundNotLater(due: 1, agreedIn: 1))
        check(
            AgreedAction(id: 1, text: "x", owner: "Acme", dueRound: 2, agreedInRound: 1, questionIDs: ["nope"]),
            .unknownQuestion("nope"))
        check(
            AgreedAction(id: 1, text: "x", owner: "Acme", dueRound: 2, agreedInRound: 1, dimension: "trust"),
            .unknownDimension("trust"))
        #expect(
            FacilitationError.unknownOwner("Initech", partners: partners).errorDescription
                == "'Initech' is not a partner of this session; the owner is one of: Acme, Globex.")
    }

    let globexLevels = GapReference(
        questionID: "vision-shared", kind: .levels, from: GroupKey(partner: "Globex", level: .management),
        to: GroupKey(partner: "Globex", level: .execution))
    let acmeLevels = GapReference(
        questionID: "vision-shared", kind: .levels, from: GroupKey(partner: "Acme", level: .management),
        to: GroupKey(partner: "Acme", level: .execution))

    @Test func aGapNamedByAnActionBringsItsQuestionAlong() throws {
        let action = try AgreedAction(
            id: 1, text: "x", owner: "Acme", dueRound: 2, agreedInRound: 1, gaps: [globexLevels, globexLevels]
        )
        .validated(partners: partners, workshop: workshop)
        #expect(action.questionIDs == ["vision-shared"] && action.gaps == [globexLevels])
    }

    @Test func theNextRoundsReportShowsHowTheRelatedGapsMoved() throws {
        let first = try FacilitationFixture.report(FacilitationFixture.round1())
        var second = try FacilitationFixture.report(FacilitationFixture.round2(), round: 2, comparingTo: first)
        let actions = [
            AgreedAction(
                id: 1, text: "Hold a joint vision day", owner: "Globex", dueRound: 2, agreedInRound: 1,
                gaps: [globexLevels, acmeLevels], dimension: "vision"),
            AgreedAction(
                id: 2, text: "Agree one top goal", owner: "Acme", dueRound: 3, agreedInRound: 1,
                questionIDs: ["top-goal"]),
            AgreedAction(id: 3, text: "Later", owner: "Acme", dueRound: 4, agreedInRound: 3),
        ]
        second.actions = ActionReview.reviews(of: actions, in: second, agreedRoundReports: [1: first])
        #expect(second.actions.map(\.action.id) == [1, 2])  // action 3 is agreed in a later round
        #expect(second.actions.map(\.isDue) == [true, false])

        let vision = second.actions[0]
        #expect(vision.gaps.count == 2)  // only the gaps the action names
        let globex = try #require(vision.gaps.first { $0.kind == .levels && $0.partner == "Globex" })
        #expect(globex.thenRound == 1)
        #expect(globex.then.map { abs($0 - (7.0 / 3) / 4) < 1e-12 } == true)
        #expect(globex.now.map { abs($0 - (2.0 / 3) / 4) < 1e-12 } == true)
        #expect(globex.trend == .narrowed)
        let acme = try #require(vision.gaps.first { $0.kind == .levels && $0.partner == "Acme" })
        #expect(acme.trend == .unchanged)
        #expect(vision.dimension?.then == first.dimensions[0].alignment)
        #expect(vision.dimension?.now == second.dimensions[0].alignment)
        // Top goal, no gap named: the headline gaps, partners overall and levels overall.
        #expect(second.actions[1].gaps.map(\.comparison) == ["Acme vs Globex", "management vs execution"])
        #expect(second.actions[1].gaps.first?.trend == .unchanged)  // still fully apart
        #expect(
            second.actions[0].gaps[0].summary
                == "“we share one vision”, management vs execution, Acme: −0.3 in round 1, −0.3 now (unchanged)")
        #expect(
            second.actions[1].gaps[0].summary
                == "“What is the partnership's top goal?”, Acme vs Globex: gap 1.00 in round 1, gap 1.00 now (unchanged)"
        )
    }

    @Test func aGapHiddenInOneRoundHasNoTrend() throws {
        var small = FacilitationFixture.round1()
        small.removeLast()  // Globex's execution team below the threshold in round 1
        let first = try FacilitationFixture.report(small)
        var second = try FacilitationFixture.report(FacilitationFixture.round2(), round: 2)
        second.actions = ActionReview.reviews(
            of: [
                AgreedAction(
                    id: 1, text: "x", owner: "Acme", dueRound: 2, agreedInRound: 1, questionIDs: ["vision-shared"])
            ],
            in: second, agreedRoundReports: [1: first])
        #expect(second.actions[0].gaps.map(\.comparison) == ["Acme vs Globex", "management vs execution"])
        // Round 1 hid both levels (Globex's execution team had two): no trend, not a made-up one.
        #expect(second.actions[0].gaps[1].then == nil && second.actions[0].gaps[1].now != nil)
        #expect(second.actions[0].gaps[1].trend == .unknown)
        #expect(second.actions[0].gaps[0].trend != .unknown)
    }

    @Test func anActionIsListedInTheReportOfTheRoundItWasAgreedIn() throws {
        var first = try FacilitationFixture.report(FacilitationFixture.round1())
        first.actions = ActionReview.reviews(
            of: [
                AgreedAction(id: 1, text: "x", owner: "Acme", dueRound: 2, agreedInRound: 1, questionIDs: ["top-goal"])
            ],
            in: first, agreedRoundReports: [:])
        #expect(first.actions.count == 1 && first.actions[0].gaps.allSatisfy { $0.trend == .unchanged })
    }
}
