import AccordCore
import Testing

/// The synthetic participants of `accord demo` are valid, repeatable and misaligned the way
/// the demo promises.
@Suite struct DemoParticipantsTests {
    static let agree5 = Scale(id: "agree5", points: (1...5).map { Scale.Point(value: $0, label: LocalizedText("p\($0)")) })
    static let options = ["markets", "cost", "customers"].map { Option(id: $0, label: LocalizedText($0)) }
    static let workshop = Workshop(
        id: "demo-test", version: "1", title: LocalizedText("Demo test"), scales: [agree5],
        dimensions: [Dimension(id: "trust", title: LocalizedText("Trust")), Dimension(id: "vision", title: LocalizedText("Vision"))],
        sections: [Section(id: "all", title: LocalizedText("All"), questions: [
            Question(id: "trust-rely", kind: .scale(agree5), prompt: LocalizedText("Rely?"), dimension: "trust", predict: true,
                     allowDontKnow: true),
            Question(id: "trust-friction", kind: .scale(agree5), prompt: LocalizedText("Friction?"), dimension: "trust", reverse: true),
            Question(id: "vision-shared", kind: .scale(agree5), prompt: LocalizedText("Vision?"), dimension: "vision"),
            Question(id: "top-goal", kind: .choice(options), prompt: LocalizedText("Goal?")),
            Question(id: "why", kind: .text(maxLength: 30), prompt: LocalizedText("Why?"), required: false,
                     condition: .equals(question: "top-goal", .option("markets"))),
            Question(id: "kpis", kind: .multi(options, min: 1, max: 2), prompt: LocalizedText("KPIs?")),
            Question(id: "order", kind: .rank(options), prompt: LocalizedText("Order?")),
            Question(id: "months", kind: .number(NumberRange(min: 0, max: 60, integer: true)), prompt: LocalizedText("Months?")),
            Question(id: "open", kind: .yesno, prompt: LocalizedText("Open?")),
        ])])

    let submissions = DemoParticipants(workshop: Self.workshop, partners: ["Acme", "Globex"], seed: 7).submissions()

    @Test func everySubmissionIsValid() {
        for submission in submissions { #expect(submission.problems(in: Self.workshop).isEmpty, "\(submission)") }
    }

    @Test func theCellsHaveTheirSizesAndTheFirstRoundHasASmallOne() {
        func count(_ list: [Submission], _ partner: String, _ level: Level) -> Int {
            list.filter { $0.partner == partner && $0.level == level }.count
        }
        #expect(count(submissions, "Acme", .management) == 6 && count(submissions, "Acme", .execution) == 9)
        #expect(count(submissions, "Globex", .management) == 4 && count(submissions, "Globex", .execution) == 8)
        let first = DemoParticipants(
            workshop: Self.workshop, partners: ["Acme", "Globex"], cells: DemoParticipants.firstRoundCells, seed: 1
        ).submissions()
        #expect(count(first, "Globex", .management) == 2)
    }

    @Test func theSameSeedGivesTheSameParticipants() {
        let again = DemoParticipants(workshop: Self.workshop, partners: ["Acme", "Globex"], seed: 7).submissions()
        #expect(again == submissions)
        #expect(DemoParticipants(workshop: Self.workshop, partners: ["Acme", "Globex"], seed: 8).submissions() != submissions)
    }

    @Test func globexExecutionIsScepticalAboutTrustAndManagementIsOptimistic() {
        let many = DemoParticipants(
            workshop: Self.workshop, partners: ["Acme", "Globex"],
            cells: [.init(partner: 0, level: .management, count: 60), .init(partner: 1, level: .execution, count: 60)], seed: 3
        ).submissions()
        func mean(_ partner: String, _ id: String) -> Double {
            let values = many.filter { $0.partner == partner }.compactMap { $0.answers[id]?.numericValue }
            return values.reduce(0, +) / Double(values.count)
        }
        #expect(mean("Acme", "trust-rely") > 3.6)
        #expect(mean("Globex", "trust-rely") < 2.6)
        #expect(mean("Globex", "trust-friction") > 3.4, "reverse-worded: sceptics agree there is friction")
        let guesses = many.filter { $0.partner == "Acme" }.compactMap { $0.predictions["trust-rely"]?.numericValue }
        #expect(!guesses.isEmpty && guesses.reduce(0, +) / Double(guesses.count) > mean("Globex", "trust-rely") + 0.5,
                "Acme overestimates Globex: an understanding gap")
    }
}
