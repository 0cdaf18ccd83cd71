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
        check(AgreedAction(id: 1, text: "x", owner: "Acme", dueRound: 1, agreedInRound: 1), .dueRoundNotLater(due: 1, agreedIn: 1))
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

    @Test func theNextRoundsReportShowsHowTheRelatedGapsMoved() throws {
        let first = try FacilitationFixture.report(FacilitationFixture.round1())
        var second = try FacilitationFixture.report(FacilitationFixture.round2(), round: 2, comparingTo: first)
        let actions = [
            AgreedAction(
                id: 1, text: "Hold a joint vision day", owner: "Globex", dueRound: 2, agreedInRound: 1,
                questionIDs: ["vision-shared"], dimension: "vision"),
            AgreedAction(id: 2, text: "Agree one top goal", owner: "Acme", dueRound: 3, agreedInRound: 1, questionIDs: ["top-goal"]),
            AgreedAction(id: 3, text: "Later", owner: "Acme", dueRound: 4, agreedInRound: 3),
        ]
        second.actions = ActionReview.reviews(of: actions, in: second, agreedRoundReports: [1: first])
        #expect(second.actions.map(\.action.id) == [1, 2])  // action 3 is agreed in a later round
        #expect(second.actions.map(\.isDue) == [true, false])

        let vision = second.actions[0]
        let globex = try #require(vision.gaps.first { $0.kind == .levels && $0.partner == "Globex" })
        #expect(globex.thenRound == 1)
        #expect(globex.then.map { abs($0 - (7.0 / 3) / 4) < 1e-12 } == true)
        #expect(globex.now.map { abs($0 - (2.0 / 3) / 4) < 1e-12 } == true)
        #expect(globex.trend == .narrowed)
        let acme = try #require(vision.gaps.first { $0.kind == .levels && $0.partner == "Acme" })
        #expect(acme.trend == .unchanged)
        #expect(vision.dimension?.then == first.dimensions[0].alignment)
        #expect(vision.dimension?.now == second.dimensions[0].alignment)
        #expect(second.actions[1].gaps.first?.trend == .unchanged)  // top goal: still fully apart
    }

    @Test func aGapHiddenInOneRoundHasNoTrend() throws {
        var small = FacilitationFixture.round1()
        small.removeLast()  // Globex's execution team below the threshold in round 1
        let first = try FacilitationFixture.report(small)
        var second = try FacilitationFixture.report(FacilitationFixture.round2(), round: 2)
        second.actions = ActionReview.reviews(
            of: [AgreedAction(id: 1, text: "x", owner: "Acme", dueRound: 2, agreedInRound: 1, questionIDs: ["vision-shared"])],
            in: second, agreedRoundReports: [1: first])
        let globex = try #require(second.actions[0].gaps.first { $0.kind == .levels && $0.partner == "Globex" })
        #expect(globex.then == nil && globex.now != nil && globex.trend == .unknown)
        let partners = try #require(second.actions[0].gaps.first { $0.kind == .partners && $0.partner == nil && $0.from.level == nil })
        #expect(partners.trend != .unknown)
    }

    @Test func anActionIsListedInTheReportOfTheRoundItWasAgreedIn() throws {
        var first = try FacilitationFixture.report(FacilitationFixture.round1())
        first.actions = ActionReview.reviews(
            of: [AgreedAction(id: 1, text: "x", owner: "Acme", dueRound: 2, agreedInRound: 1, questionIDs: ["top-goal"])],
            in: first, agreedRoundReports: [:])
        #expect(first.actions.count == 1 && first.actions[0].gaps.allSatisfy { $0.trend == .unchanged })
    }
}
