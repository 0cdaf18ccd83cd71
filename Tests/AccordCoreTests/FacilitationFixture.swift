@testable import AccordCore

/// A two-section workshop and rounds of answers built in code for the facilitation tests.
///
/// Round 1 (three answers in every cell): on *we share one vision* Globex's execution team
/// (2, 3, 2) sits far below Globex's management (5, 5, 4); Acme picks *new markets*, Globex
/// *lower cost*; Acme guesses Globex at 5 (Globex is at 3.5). Round 2: Globex's execution
/// team answers 4, 4, 4, and everything else is the same.
enum FacilitationFixture {
    static let session = SessionSummary(id: "s1", partners: ["Acme", "Globex"])

    static let workshop = Workshop(
        id: "facilitation", version: "1.0.0", title: LocalizedText("Common vision"),
        description: LocalizedText("Where do we stand?"),
        scales: [SampleWorkshop.agree5],
        dimensions: [Dimension(id: "vision", title: LocalizedText("Vision"))],
        sections: [
            Section(
                id: "vision", title: LocalizedText("Shared vision"),
                introduction: LocalizedText("First, where we are heading."),
                facilitatorNotes: LocalizedText("Let management speak last."), timeboxMinutes: 15,
                questions: [
                    Question(
                        id: "vision-shared", kind: .scale(SampleWorkshop.agree5),
                        prompt: LocalizedText("We share one vision."), dimension: "vision", predict: true),
                    Question(
                        id: "top-goal",
                        kind: .choice([
                            Option(id: "new-markets", label: LocalizedText("New markets")),
                            Option(id: "cost", label: LocalizedText("Lower cost")),
                        ]),
                        prompt: LocalizedText("What is the partnership's top goal?")),
                ]),
            Section(
                id: "delivery", title: LocalizedText("Delivery"), timeboxMinutes: 20,
                questions: [
                    Question(
                        id: "months",
                        kind: .number(NumberRange(min: 0, max: 60, unit: LocalizedText("months"), integer: true)),
                        prompt: LocalizedText("How many months until results?"), predict: true),
                    Question(
                        id: "kpis",
                        kind: .multi(
                            [
                                Option(id: "cost", label: LocalizedText("Cost")),
                                Option(id: "customers", label: LocalizedText("Customers")),
                            ], min: 1, max: 2),
                        prompt: LocalizedText("Which KPIs matter?")),
                    Question(
                        id: "priorities",
                        kind: .rank([
                            Option(id: "markets", label: LocalizedText("Markets")),
                            Option(id: "cost", label: LocalizedText("Cost")),
                            Option(id: "customers", label: LocalizedText("Customers")),
                        ]),
                        prompt: LocalizedText("Rank the priorities.")),
                    Question(id: "trust-open", kind: .yesno, prompt: LocalizedText("Can we speak openly?")),
                    Question(
                        id: "comment", kind: .text(maxLength: 200), prompt: LocalizedText("Anything else?"),
                        required: false),
                ]),
        ]
    )

    /// One cell's submissions: the vision answers given, everything else as the partner answers.
    static func cell(_ partner: String, _ level: Level, vision: [Int]) -> [Submission] {
        vision.map { value in
            let acme = partner == "Acme"
            return Submission(
                partner: partner, level: level,
                answers: [
                    "vision-shared": .scale(value), "top-goal": .choice(acme ? "new-markets" : "cost"),
                    "months": .number(acme ? 12 : 24), "kpis": .multi([acme ? "cost" : "customers"]),
                    "priorities": .rank(acme ? ["markets", "cost", "customers"] : ["cost", "markets", "customers"]),
                    "trust-open": .yesno(acme), "comment": .text("fine"),
                ],
                predictions: ["vision-shared": .scale(acme ? 5 : 4), "months": .number(acme ? 24 : 12)])
        }
    }

    static func round1() -> [Submission] {
        cell("Acme", .management, vision: [4, 4, 5]) + cell("Acme", .execution, vision: [4, 4, 4])
            + cell("Globex", .management, vision: [5, 5, 4]) + cell("Globex", .execution, vision: [2, 3, 2])
    }

    static func round2() -> [Submission] {
        cell("Acme", .management, vision: [4, 4, 5]) + cell("Acme", .execution, vision: [4, 4, 4])
            + cell("Globex", .management, vision: [5, 5, 4]) + cell("Globex", .execution, vision: [4, 4, 4])
    }

    static func report(
        _ submissions: [Submission], round: Int = 1, comparingTo earlier: GapReport? = nil,
        workshop: Workshop = workshop
    ) throws -> GapReport {
        var aggregator = Aggregator(workshop: workshop, partners: session.partners)
        for submission in submissions { try aggregator.add(submission) }
        var generator = SeededGenerator(seed: 1)
        return GapReportBuilder(workshop: workshop, workshopSHA256: "abc", session: session, round: round)
            .build(aggregator.finish(), comparingTo: earlier, shuffling: &generator)
    }
}
