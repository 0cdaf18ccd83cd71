import AccordCore
import AccordTerminal

/// A session in memory for the console's tests: the AccordTerminal tests cannot use the
/// store (modules never depend on each other), so rounds, submissions and actions live in
/// arrays, and reports are built by the real aggregator and report builder. The store's
/// implementation is tested through whole runs of `accord facilitate`.
final class FacilitationTestSession: FacilitationSession {
    let id = "s1"
    let workshop: Workshop
    let partners = ["Acme", "Globex"]
    var round = RoundStatus(number: 1, isOpen: true)
    var submissions: [Int: [Submission]] = [:]
    var stored: [AgreedAction] = []

    init(workshop: Workshop = FacilitationTestSession.workshop) {
        self.workshop = workshop
    }

    func currentRound() throws -> RoundStatus { round }

    func cellCounts(round: Int) throws -> [GroupKey: Int] {
        var counts: [GroupKey: Int] = [:]
        for submission in submissions[round] ?? [] {
            counts[GroupKey(partner: submission.partner, level: submission.level), default: 0] += 1
        }
        return counts
    }

    func openRound() throws -> Int {
        round = RoundStatus(number: round.number + 1, isOpen: true)
        return round.number
    }

    func closeRound() throws -> Int {
        round.isOpen = false
        return round.number
    }

    func baseReport(round: Int, language: String? = nil) throws -> GapReport {
        var aggregator = Aggregator(workshop: workshop, partners: partners)
        for submission in submissions[round] ?? [] { try aggregator.add(submission) }
        let earlier = round > 1 ? try baseReport(round: round - 1, language: language) : nil
        return GapReportBuilder(
            workshop: workshop, workshopSHA256: "abc", session: SessionSummary(id: id, partners: partners), round: round,
            textLanguage: language
        ).build(aggregator.finish(), comparingTo: earlier)
    }

    func report(round: Int, language: String?) throws -> GapReport {
        var report = try baseReport(round: round, language: language)
        var earlier: [Int: GapReport] = [:]
        for agreed in Set(stored.map(\.agreedInRound)) where agreed < round {
            earlier[agreed] = try baseReport(round: agreed)
        }
        report.actions = ActionReview.reviews(of: stored, in: report, agreedRoundReports: earlier)
        return report
    }

    func actions() throws -> [AgreedAction] { stored }

    func addAction(_ action: AgreedAction) throws -> AgreedAction {
        var action = action
        action.id = stored.count + 1
        stored.append(action)
        return action
    }

    /// Adds `count` submissions to the current round in one cell, with the vision answer given.
    func submit(_ partner: String, _ level: Level, vision: [Int]) {
        for value in vision {
            let acme = partner == "Acme"
            submissions[round.number, default: []].append(
                Submission(
                    partner: partner, level: level,
                    answers: [
                        "vision-shared": .scale(value), "top-goal": .choice(acme ? "new-markets" : "cost"),
                        "months": .number(acme ? 12 : 24),
                    ],
                    predictions: ["vision-shared": .scale(acme ? 5 : 4)]))
        }
    }

    static let agree5 = Scale(
        id: "agree5", points: (1...5).map { Scale.Point(value: $0, label: LocalizedText("p\($0)")) })

    static let workshop = Workshop(
        id: "facilitation", version: "1.0.0", title: LocalizedText("Common vision"),
        description: LocalizedText("Where do we stand?"),
        scales: [agree5],
        dimensions: [Dimension(id: "vision", title: LocalizedText("Vision"))],
        sections: [
            Section(
                id: "vision", title: LocalizedText("Shared vision"),
                introduction: LocalizedText("First, where we are heading."),
                facilitatorNotes: LocalizedText("Let management speak last."), timeboxMinutes: 15,
                questions: [
                    Question(
                        id: "vision-shared", kind: .scale(agree5), prompt: LocalizedText("We share one vision."),
                        dimension: "vision", predict: true),
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
                        id: "months", kind: .number(NumberRange(min: 0, max: 60, unit: LocalizedText("months"))),
                        prompt: LocalizedText("How many months until results?"))
                ]),
            Section(
                id: "wrap-up", title: LocalizedText("Wrap-up"),
                questions: [
                    Question(
                        id: "comment", kind: .text(maxLength: 200), prompt: LocalizedText("Anything else?"),
                        required: false)
                ]),
        ]
    )
}

/// Drives a console with lines from a list; a step can also change the session between
/// lines (a participant submitting while the facilitator watches the counts).
final class ScriptedConsole {
    enum Step {
        case line(String)
        case meanwhile(() -> Void)
    }

    var steps: [Step]
    var output = ""
    var prompts: [String] = []
    var now = 0.0

    init(_ steps: [Step]) { self.steps = steps }

    func console(
        _ session: FacilitationSession, interactive: Bool = false, width: Int = 300, language: Language = .english
    ) -> FacilitatorConsole {
        FacilitatorConsole(
            session: session, isInteractive: interactive, width: width, language: language, clock: { [unowned self] in now },
            readLine: { [unowned self] prompt, _ in
                prompts.append(prompt)
                while let step = steps.first {
                    steps.removeFirst()
                    switch step {
                    case .line(let line):
                        output += prompt + line + "\n"
                        return line
                    case .meanwhile(let change): change()
                    }
                }
                return nil
            },
            write: { [unowned self] in output += $0 })
    }
}
