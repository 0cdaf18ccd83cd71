import Testing

@testable import AccordCore

@Suite struct AnswerParserTests {
    let workshop = SampleWorkshop.workshop

    func parser(_ id: String) -> AnswerParser { AnswerParser(question: workshop.question(id)!) }

    static let rank = Question(
        id: "priorities",
        kind: .rank([
            Option(id: "markets", label: LocalizedText("New markets")),
            Option(id: "cost", label: LocalizedText("Lower cost")),
            Option(id: "customers", label: LocalizedText("Happier customers")),
        ]),
        prompt: LocalizedText("Rank"))

    @Test func aScaleTakesItsNumberOrLabelAndNamesTheRangeWhenOff() throws {
        let scale = parser("vision-shared")
        #expect(try scale.parse(" 4 ") == .scale(4))
        #expect(try scale.parse("Point 2") == .scale(2))
        #expect(try scale.parse("dk") == .dontKnow)
        #expect(throws: AnswerInputError.invalid(.notOnScale(question: "vision-shared", value: 6, min: 1, max: 5))) {
            try scale.parse("6")
        }
        do {
            _ = try scale.parse("6")
        } catch {
            #expect(error.reason == "6 is not on this scale (1–5)")
        }
        #expect(throws: AnswerInputError.self) { try scale.parse("point") }  // fits all five: ambiguous
        #expect(throws: AnswerInputError.empty(question: "vision-shared")) { try scale.parse("   ") }
    }

    @Test func aChoiceTakesNumberLabelIdOrAnUnambiguousStart() throws {
        let choice = parser("top-goal")
        #expect(try choice.parse("2") == .choice("cost"))
        #expect(try choice.parse("new markets") == .choice("new-markets"))
        #expect(try choice.parse("NEW") == .choice("new-markets"))
        #expect(try choice.parse("cost") == .choice("cost"))
        #expect(try choice.parse("lo") == .choice("cost"))
        #expect(throws: AnswerInputError.noSuchNumber(question: "top-goal", number: 3, count: 2)) {
            try choice.parse("3")
        }
        #expect(throws: AnswerInputError.invalid(.notOffered(question: "top-goal", answer: "don't know"))) {
            try choice.parse("dk")
        }
        do {
            _ = try choice.parse("moon")
            Issue.record("'moon' was accepted")
        } catch {
            #expect(error.reason == "'moon' is not an option (options: New markets, Lower cost)")
        }
    }

    @Test func multiTakesNumbersOrLabelsSeparatedByCommasAndChecksTheCount() throws {
        let multi = parser("kpis")
        #expect(try multi.parse("1,3") == .multi(["cost", "revenue"]))
        #expect(try multi.parse("1 3") == .multi(["cost", "revenue"]))
        #expect(try multi.parse("customers, Revenue") == .multi(["customers", "revenue"]))
        #expect(throws: AnswerInputError.invalid(.tooManySelections(question: "kpis", count: 3, max: 2))) {
            try multi.parse("1,2,3")
        }
        #expect(throws: AnswerInputError.invalid(.duplicateOption(question: "kpis", option: "cost"))) {
            try multi.parse("1, cost")
        }
        #expect(throws: AnswerInputError.ambiguous(question: "kpis", input: "c", matches: ["Cost", "Customers"])) {
            try multi.parse("c, revenue")
        }
    }

    @Test func aRankingTakesEveryOptionInOrder() throws {
        let rank = AnswerParser(question: Self.rank)
        #expect(try rank.parse("3 1 2") == .rank(["customers", "markets", "cost"]))
        #expect(try rank.parse("lower cost, new markets, happier") == .rank(["cost", "markets", "customers"]))
        #expect(throws: AnswerInputError.invalid(.incompleteRanking(question: "priorities", missing: ["cost"]))) {
            try rank.parse("3 1")
        }
        #expect(rank.typed(.rank(["cost", "markets", "customers"])) == "Lower cost, New markets, Happier customers")
    }

    @Test func numbersTextAndYesNo() throws {
        let months = parser("months")
        #expect(try months.parse("12") == .number(12))
        #expect(throws: AnswerInputError.invalid(.notWholeNumber(question: "months", value: 2.5))) {
            try months.parse("2,5")
        }
        #expect(throws: AnswerInputError.invalid(.numberOutOfRange(question: "months", value: 61, min: 0, max: 60))) {
            try months.parse("61")
        }
        #expect(
            throws: AnswerInputError.notUnderstood(question: "months", input: "soon", expected: "a whole number (0–60)")
        ) {
            try months.parse("soon")
        }
        let why = parser("why-markets")
        #expect(try why.parse("  Crème à l’export ") == .text("Crème à l’export"))
        #expect(throws: AnswerInputError.self) { try why.parse(String(repeating: "x", count: 21)) }
        let yesno = AnswerParser(question: Question(id: "yn", kind: .yesno, prompt: LocalizedText("?")))
        #expect(try yesno.parse("Y") == .yesno(true))
        #expect(try yesno.parse("2") == .yesno(false))
    }

    @Test func choicesAreNumberedAndTypedAnswersReadBackTheSame() throws {
        let scale = parser("vision-shared")
        #expect(scale.choices.map(\.key) == ["1", "2", "3", "4", "5", "dk"])
        let multi = parser("kpis")
        let answer = try multi.parse("1,3")
        #expect(try multi.parse(multi.typed(answer)) == answer)
        #expect(multi.describe(answer) == "Cost, Revenue")
        #expect(scale.describe(.scale(4)) == "4 · point 4")
        #expect(parser("top-goal").completions == ["New markets", "new-markets", "Lower cost", "cost"])
    }
}
