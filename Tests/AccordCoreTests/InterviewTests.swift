import Testing

@testable import AccordCore

@Suite struct InterviewTests {
    let workshop = SampleWorkshop.workshop

    @Test func questionsComeInOrderWithThePredictionRightAfterItsQuestion() throws {
        var interview = Interview(workshop: workshop)
        #expect(interview.current == .answer("vision-shared"))
        #expect(interview.progress() == Interview.Progress(sectionTitle: "Main", number: 1, total: 4))
        try interview.give(text: "4")
        #expect(interview.current == .prediction("vision-shared"))
        try interview.give(text: "2")
        #expect(interview.answers == ["vision-shared": .scale(4)])
        #expect(interview.predictions == ["vision-shared": .scale(2)])
        #expect(interview.current == .answer("top-goal"))
    }

    @Test func aBadAnswerLeavesTheInterviewWhereItWas() throws {
        var interview = Interview(workshop: workshop)
        #expect(throws: AnswerInputError.invalid(.notOnScale(question: "vision-shared", value: 9, min: 1, max: 5))) {
            try interview.give(text: "9")
        }
        #expect(interview.current == .answer("vision-shared"))
        #expect(interview.answers.isEmpty)
    }

    @Test func aConditionShowsAQuestionAndChangingTheAnswerBackDropsIt() throws {
        var interview = Interview(workshop: workshop)
        try interview.give(text: "4")
        try interview.give(text: "3")
        try interview.give(text: "new markets")
        #expect(interview.current == .answer("why-markets"))
        #expect(interview.progress()?.total == 5)
        try interview.give(text: "growth")
        #expect(interview.current == .answer("months"))

        #expect(interview.moved { $0.back() })
        #expect(interview.moved { $0.back() })
        #expect(interview.current == .answer("top-goal"))
        try interview.give(text: "cost")
        #expect(interview.answers["why-markets"] == nil)
        #expect(interview.current == .answer("months"))
        #expect(interview.progress()?.total == 4)
    }

    @Test func onlyOptionalQuestionsAndPredictionsCanBeSkipped() throws {
        var interview = Interview(workshop: workshop)
        #expect(throws: AnswerError.missingRequired(question: "vision-shared")) { try interview.skip() }
        try interview.give(text: "dk")
        try interview.skip()
        #expect(interview.current == .answer("top-goal"))
        try interview.give(text: "2")
        try interview.skip()
        try interview.skip()
        #expect(interview.isAtReview)
        #expect(interview.problems.isEmpty)
        #expect(interview.firstPendingStep == nil)
    }

    @Test func aJumpFromTheReviewReturnsToTheReviewOrToANewlyShownQuestion() throws {
        var interview = Interview(workshop: workshop)
        for text in ["4", "3", "2", "12", "1"] { try interview.give(text: text) }
        #expect(interview.isAtReview)
        #expect(interview.moved { $0.jump(to: "months") })
        try interview.give(text: "24")
        #expect(interview.isAtReview)

        #expect(interview.moved { $0.jump(to: "top-goal") })
        try interview.give(text: "1")
        #expect(interview.current == .answer("why-markets"))
        try interview.give(text: "reach")
        #expect(interview.isAtReview)
        #expect(interview.review.map(\.number) == [1, 2, 3, 4, 5])
        #expect(!interview.moved { $0.jump(to: "nope") })
    }

    @Test func aDraftResumesAtTheFirstUnansweredStep() {
        var interview = Interview(
            workshop: workshop,
            answers: ["vision-shared": .scale(5), "top-goal": .choice("cost"), "why-markets": .text("x")],
            predictions: ["vision-shared": .scale(1)])
        #expect(interview.current == .answer("months"))
        #expect(interview.answers["why-markets"] == nil)
        #expect(interview.moved { $0.back() })
        #expect(interview.current == .answer("top-goal"))
    }

    @Test func optionalStepsLeftBeforeTheLastAnswerAreNotAskedAgainOnResume() {
        let interview = Interview(
            workshop: workshop, answers: ["vision-shared": .scale(2), "top-goal": .choice("cost")])
        #expect(interview.current == .answer("months"))
        #expect(interview.skipped == [.prediction("vision-shared")])
        let fresh = Interview(workshop: workshop, answers: ["vision-shared": .scale(2)])
        #expect(fresh.current == .prediction("vision-shared"))
    }

    @Test func backFromTheFirstQuestionStaysAndBackFromTheReviewGoesToTheLastStep() throws {
        var interview = Interview(workshop: workshop)
        #expect(!interview.moved { $0.back() })
        for text in ["4", "3", "2", "12", "1"] { try interview.give(text: text) }
        #expect(interview.moved { $0.back() })
        #expect(interview.current == .answer("kpis"))
    }
}

extension Interview {
    /// Applies a move and returns whether it happened (a mutating call cannot sit in #expect).
    mutating func moved(_ move: (inout Interview) -> Bool) -> Bool { move(&self) }
}
