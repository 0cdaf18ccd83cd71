import Testing

@testable import AccordCore

@Suite struct SubmissionValidationTests {
    let workshop = SampleWorkshop.workshop

    @Test func aCompleteSubmissionHasNoProblems() {
        let submission = Submission(
            partner: "Acme", level: .management,
            answers: ["vision-shared": .scale(4), "top-goal": .choice("cost"), "kpis": .multi(["cost"])],
            predictions: ["vision-shared": .scale(2)])
        #expect(submission.problems(in: workshop).isEmpty)
    }

    @Test func aPointOffTheScaleIsNamedWithTheRange() {
        let submission = Submission(
            partner: "Acme", level: .management, answers: ["vision-shared": .scale(6), "top-goal": .choice("cost")])
        let problems = submission.problems(in: workshop)
        #expect(problems == [.notOnScale(question: "vision-shared", value: 6, min: 1, max: 5)])
        #expect(problems.first?.errorDescription == "question 'vision-shared': 6 is not on this scale (1–5)")
    }

    @Test func aConditionShowsARequiredQuestionOnlyWhenItHolds() {
        let markets = Submission(
            partner: "Acme", level: .execution,
            answers: ["vision-shared": .dontKnow, "top-goal": .choice("new-markets")])
        #expect(markets.problems(in: workshop) == [.missingRequired(question: "why-markets")])

        let cost = Submission(
            partner: "Acme", level: .execution,
            answers: ["vision-shared": .scale(3), "top-goal": .choice("cost"), "why-markets": .text("growth")])
        #expect(cost.problems(in: workshop) == [.answeredHiddenQuestion(question: "why-markets")])
    }

    @Test func answersThatBreakTheQuestionsRulesAreEachReported() {
        let submission = Submission(
            partner: "Acme", level: .execution,
            answers: [
                "vision-shared": .scale(3), "top-goal": .choice("moon"), "months": .number(2.5),
                "kpis": .multi(["cost", "customers", "revenue"]), "nope": .yesno(true),
            ],
            predictions: ["top-goal": .choice("cost")])
        #expect(
            Set(submission.problems(in: workshop)) == [
                .unknownOption(question: "top-goal", option: "moon", valid: ["new-markets", "cost"]),
                .notWholeNumber(question: "months", value: 2.5),
                .tooManySelections(question: "kpis", count: 3, max: 2),
                .unknownQuestion("nope"),
                .predictionNotAsked(question: "top-goal"),
            ])
    }

    /// Problems come in one order on every run, whatever the dictionaries' order: answers by
    /// question id (a question's own problems in the order checked), then required questions
    /// left out, then predictions by question id. Imports and forms print them in this order.
    @Test func problemsComeInQuestionIDOrder() {
        let submission = Submission(
            partner: "Acme", level: .execution,
            answers: [
                "why-markets": .text("growth"), "vision-shared": .scale(9), "nope": .yesno(true), "top-goal": .choice("moon"),
                "months": .number(2.5), "kpis": .multi(["cost", "customers", "revenue"]), "aaa": .scale(1),
            ],
            predictions: ["zeta": .scale(1), "top-goal": .choice("cost"), "vision-shared": .scale(0)])
        let expected: [AnswerError] = [
            .unknownQuestion("aaa"),
            .tooManySelections(question: "kpis", count: 3, max: 2),
            .notWholeNumber(question: "months", value: 2.5),
            .unknownQuestion("nope"),
            .unknownOption(question: "top-goal", option: "moon", valid: ["new-markets", "cost"]),
            .notOnScale(question: "vision-shared", value: 9, min: 1, max: 5),
            .answeredHiddenQuestion(question: "why-markets"),
            .predictionNotAsked(question: "top-goal"),
            .notOnScale(question: "vision-shared", value: 0, min: 1, max: 5),
            .unknownQuestion("zeta"),
        ]
        #expect(submission.problems(in: workshop) == expected)
        #expect(SubmissionPlan(workshop: workshop).problems(of: submission) == expected)
    }

    @Test func jsonAnswersAreReadByQuestionType() throws {
        let scale = workshop.question("vision-shared")!
        #expect(try Answer(json: .number(4), for: scale) == .scale(4))
        #expect(try Answer(json: .string("dont-know"), for: scale) == .dontKnow)
        #expect(throws: AnswerError.wrongType(question: "vision-shared", expected: "an integer on the scale", found: "a number")) {
            try Answer(json: .number(4.5), for: scale)
        }
        #expect(JSONValue.object(["b": .number(1), "a": .array([.string("x<")])]).serialized == #"{"a":["x\u003c"],"b":1}"#)
    }
}
