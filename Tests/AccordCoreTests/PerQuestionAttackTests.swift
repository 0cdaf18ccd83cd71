import Testing

@testable import AccordCore

/// Rules 2 and 3 per question: a group shown for its submissions may hold only one or two
/// real answers to a conditional question (or to one most answered "don't know"). An
/// attacker who reads the whole report tries every answer the target could have given and
/// keeps those for which the report reads exactly the same, allowing one other participant's
/// answer to change to make up for it; at least two answers must remain.
@Suite struct PerQuestionAttackTests {
    static let partners = AnonymityAttackTests.partners
    static let cells = AnonymityAttackTests.cells
    static let kpiOptions = ["cost", "customers", "revenue"].map { Option(id: $0, label: LocalizedText($0)) }

    /// The sample workshop with questions shown only to those whose top goal is new markets:
    /// a scale (in the vision dimension, predicted, with "don't know"), a predicted number, a
    /// multi and a rank question.
    static let workshop: Workshop = {
        var workshop = SampleWorkshop.workshop
        let markets = Condition.equals(question: "top-goal", .option("new-markets"))
        workshop.sections[0].questions += [
            Question(
                id: "markets-confidence", kind: .scale(SampleWorkshop.agree5), prompt: LocalizedText("Confident?"),
                dimension: "vision", predict: true, allowDontKnow: true, condition: markets),
            Question(
                id: "markets-months", kind: .number(NumberRange(min: 0, max: 60, integer: true)),
                prompt: LocalizedText("Months?"), predict: true, condition: markets),
            Question(
                id: "markets-kpis", kind: .multi(kpiOptions, min: 1, max: 2), prompt: LocalizedText("KPIs?"),
                condition: markets),
            Question(id: "markets-order", kind: .rank(kpiOptions), prompt: LocalizedText("Order?"), condition: markets),
        ]
        workshop.anonymity = AnonymityThresholds(minGroupSize: 3, minGroupSizeForText: 5)
        return workshop
    }()

    /// Per cell (Acme·management, Acme·execution, Globex·management, Globex·execution): the
    /// submissions, how many of them saw the new-markets questions and answered them, and how
    /// many saw them and said "don't know" to the scale and skipped the rest. The target is
    /// the first who answered in Acme·execution.
    struct Layout: CustomTestStringConvertible, Sendable {
        var sizes: [Int]
        var answering: [Int]
        var dontKnow = [0, 0, 0, 0]
        var testDescription: String { "cells \(sizes), answering \(answering), don't know \(dontKnow)" }
    }

    static let layouts: [Layout] = [
        Layout(sizes: [6, 6, 6, 6], answering: [0, 1, 4, 4]),
        Layout(sizes: [6, 6, 6, 6], answering: [1, 1, 4, 4]),
        Layout(sizes: [6, 6, 6, 6], answering: [0, 1, 0, 0]),
        Layout(sizes: [6, 6, 6, 6], answering: [0, 2, 1, 3], dontKnow: [3, 2, 0, 0]),
        Layout(sizes: [2, 10, 6, 6], answering: [0, 1, 3, 3]),
        Layout(sizes: [6, 6, 6, 6], answering: [3, 1, 3, 3]),
    ]

    /// The answers each question may take (a few for the number question).
    static let values: [String: [Answer]] = [
        "markets-confidence": (1...5).map(Answer.scale),
        "markets-months": [0, 7, 30, 60].map(Answer.number),
        "markets-kpis": [["cost"], ["customers"], ["revenue"], ["cost", "revenue"]].map(Answer.multi),
        "markets-order": [
            ["cost", "customers", "revenue"], ["cost", "revenue", "customers"], ["customers", "cost", "revenue"],
            ["customers", "revenue", "cost"], ["revenue", "cost", "customers"], ["revenue", "customers", "cost"],
        ].map(Answer.rank),
    ]

    /// The layout's submissions, the target first; everyone else's answers vary with the seed.
    static func submissions(_ layout: Layout, seed: UInt64 = 7) -> [Submission] {
        var generator = SeededGenerator(seed: seed)
        var target: Submission?
        var others: [Submission] = []
        for (cell, key) in cells.enumerated() {
            for person in 0..<layout.sizes[cell] {
                var answers: [String: Answer] = ["vision-shared": .scale(Int.random(in: 1...5, using: &generator))]
                var predictions: [String: Answer] = [
                    "vision-shared": .scale(Int.random(in: 1...5, using: &generator))
                ]
                let answersMarkets = person < layout.answering[cell]
                let saysDontKnow = !answersMarkets && person < layout.answering[cell] + layout.dontKnow[cell]
                answers["top-goal"] = .choice(answersMarkets || saysDontKnow ? "new-markets" : "cost")
                if answersMarkets {
                    for (id, options) in values {
                        answers[id] = options.randomElement(using: &generator)
                    }
                    predictions["markets-confidence"] = .scale(Int.random(in: 1...5, using: &generator))
                    predictions["markets-months"] = values["markets-months"]!.randomElement(using: &generator)
                } else if saysDontKnow {
                    answers["markets-confidence"] = .dontKnow
                    predictions["markets-confidence"] = .dontKnow
                }
                let submission = Submission(
                    partner: key.partner!, level: key.level!, answers: answers, predictions: predictions)
                if cell == 1, person == 0, answersMarkets { target = submission } else { others.append(submission) }
            }
        }
        return [target!] + others
    }

    static func aggregate(_ submissions: [Submission]) throws -> Aggregate {
        var aggregator = Aggregator(workshop: workshop, partners: partners)
        for submission in submissions { try aggregator.add(submission) }
        return aggregator.finish()
    }

    static func report(_ submissions: [Submission]) throws -> GapReport {
        var generator = SeededGenerator(seed: 1)
        return GapReportBuilder(
            workshop: workshop, workshopSHA256: "x", session: SessionSummary(id: "s", partners: partners), round: 1
        ).build(try aggregate(submissions), shuffling: &generator)
    }

    /// Every answer (or, with `predictions`, guess) to `question` the target could have given
    /// for which `observe` reads the same as for the real submissions, the target's answer
    /// replaced and at most one other participant's real answer to the question changed.
    static func possibleAnswers<Observation: Equatable>(
        _ submissions: [Submission], question: String, predictions: Bool,
        observe: ([Submission]) throws -> Observation
    ) throws -> [Answer] {
        let options = values[question]!
        func replacing(_ submission: Submission, with answer: Answer) -> Submission {
            var submission = submission
            if predictions { submission.predictions[question] = answer } else { submission.answers[question] = answer }
            return submission
        }
        func answers(_ submission: Submission) -> Answer? {
            predictions ? submission.predictions[question] : submission.answers[question]
        }
        let seen = try observe(submissions)
        var possible: [Answer] = []
        for value in options {
            var world = submissions
            world[0] = replacing(world[0], with: value)
            if try observe(world) == seen {
                possible.append(value)
                continue
            }
            search: for other in world.indices.dropFirst() where answers(world[other])?.isSubstantive == true {
                for replacement in options {
                    var changed = world
                    changed[other] = replacing(changed[other], with: replacement)
                    if try observe(changed) == seen {
                        possible.append(value)
                        break search
                    }
                }
            }
        }
        return possible
    }

    static let attacks: [(question: String, predictions: Bool)] = [
        ("markets-confidence", false), ("markets-months", false), ("markets-kpis", false),
        ("markets-order", false), ("markets-confidence", true), ("markets-months", true),
    ]

    @Test(arguments: layouts)
    func theWholeReportLeavesTheTargetAtLeastTwoAnswers(layout: Layout) throws {
        let submissions = Self.submissions(layout)
        for attack in Self.attacks {
            let possible = try Self.possibleAnswers(
                submissions, question: attack.question, predictions: attack.predictions, observe: Self.report)
            #expect(possible.count >= 2, "\(attack): \(possible)")
        }
    }

    /// The facilitator's reveal takes its findings from the `GapReport`: every finding, shown or
    /// held back, involves only groups shown for its question, and the findings leave the
    /// target at least two answers as the report does.
    @Test(arguments: layouts)
    func theFacilitatorsFindingsInheritTheRule(layout: Layout) throws {
        let submissions = Self.submissions(layout)
        let ranker = FindingRanker(workshop: Self.workshop)
        let report = try Self.report(submissions)
        for finding in ranker.findings(in: report).flatMap({ $0.findings + $0.more }) {
            let question = try #require(report.questions.first { $0.id == finding.questionID })
            let shown = Set(question.groups.filter { !$0.suppressed }.map(\.group))
            var involved = [finding.group, finding.gap?.from, finding.gap?.to].compactMap { $0 }
            if let understanding = finding.understanding {
                involved += [understanding.predictingPartner, understanding.aboutPartner].map { GroupKey(partner: $0) }
            }
            #expect(involved.allSatisfy(shown.contains), "\(finding.questionID): \(involved)")
        }
        for attack in Self.attacks {
            let possible = try Self.possibleAnswers(
                submissions, question: attack.question, predictions: attack.predictions
            ) { world in
                ranker.findings(in: try Self.report(world))
            }
            #expect(possible.count >= 2, "\(attack): \(possible)")
        }
    }

    /// The attacker has teeth: the old report showed a group with one real answer, and that
    /// group's statistics alone leave the target a single answer.
    @Test func aGroupShownWithOneAnswerGivesTheAnswerAway() throws {
        let submissions = Self.submissions(Self.layouts[0])
        let acme = GroupKey(partner: "Acme")
        for attack in Self.attacks {
            let possible = try Self.possibleAnswers(
                submissions, question: attack.question, predictions: attack.predictions
            ) { world in
                try Self.aggregate(world).tally(attack.question, in: acme, predictions: attack.predictions)
            }
            let target =
                attack.predictions
                ? submissions[0].predictions[attack.question] : submissions[0].answers[attack.question]
            #expect(possible == [try #require(target)], "\(attack)")
        }
    }

    /// What is hidden for a question few answered: the groups and their "don't know" counts,
    /// every gap and understanding gap needing them; the question leaves the groups'
    /// dimension scores, which keep the other questions.
    @Test func aQuestionFewAnsweredIsHiddenForThoseGroupsAndLeavesTheirScores() throws {
        let report = try Self.report(Self.submissions(Self.layouts[0]))
        let confidence = try #require(report.questions.first { $0.id == "markets-confidence" })
        let vision = try #require(report.questions.first { $0.id == "vision-shared" })
        let shown = Set(confidence.groups.filter { !$0.suppressed }.map(\.group))
        #expect(shown == [.everyone, GroupKey(level: .management), GroupKey(level: .execution)])
        for statistics in confidence.groups where !shown.contains(statistics.group) {
            #expect(statistics == .suppressed(statistics.group))
        }
        #expect(confidence.gaps.filter { !$0.suppressed }.map(\.kind) == [.levels])
        #expect(confidence.understandingGaps.allSatisfy { $0.suppressed && $0.gap == nil })
        // vision-shared is shown for every group: Acme's score is that question's alone.
        #expect(report.groups.allSatisfy { !$0.suppressed })
        let acme = GroupKey(partner: "Acme")
        let acmeVision = try #require(vision.groups.first { $0.group == acme }?.mean)
        let score = report.dimensions[0].scores.first { $0.group == acme }?.score
        #expect(score == 100 * (acmeVision - 1) / 4)
        #expect(report.anonymity.rule.contains("for each question"))
    }

    /// The bound attack of `AnonymityAttackTests` on every question of these layouts.
    @Test(arguments: layouts)
    func boundsOnHiddenCountsSayNothingBeyondTheShownGroups(layout: Layout) throws {
        let report = try Self.report(Self.submissions(layout))
        for question in report.questions {
            let attacks = AnonymityAttackTests.boundAttacks(visible: AnonymityAttackTests.visibleValues(question))
            #expect(attacks.isEmpty, "\(question.id): \(attacks)")
        }
    }
}
