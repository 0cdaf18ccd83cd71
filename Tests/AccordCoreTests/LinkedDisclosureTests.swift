import Foundation
import Testing

@testable import AccordCore

/// Issue 18 case 1: who is shown a follow-up is public, so a follow-up's real answers per group
/// are bounded by its condition question's count of the answers that show it. Disclosure
/// decides for condition-linked questions together: each question of a linked group shows the
/// same groups. The shapes are `Fixtures/linked/sessions.json`; the integer-programming attacker
/// runs on them through every output in `LinkedQuestionAttackTests` (report) and
/// `ExportLinkedAttackTests` (export).
@Suite struct LinkedDisclosureTests {
    static let linked = WorkshopFixtures.directory.appendingPathComponent("linked")

    static func workshop(_ file: String) throws -> Workshop {
        try WorkshopLoader().load(contentsOf: linked.appendingPathComponent(file))
    }

    /// The sessions of `sessions.json`: name, workshop file and submissions.
    static func sessions() throws -> [(name: String, workshop: String, submissions: [Submission])] {
        let json = try JSONReader().readValue(Data(contentsOf: linked.appendingPathComponent("sessions.json")))
        guard case .array(let sessions) = json else { return [] }
        return try sessions.map { session in
            guard case .object(let fields) = session, case .string(let name)? = fields["name"],
                case .string(let file)? = fields["workshop"], case .array(let people)? = fields["submissions"]
            else { throw CocoaError(.fileReadCorruptFile) }
            let workshop = try Self.workshop(file)
            let submissions = try people.map { person -> Submission in
                guard case .object(let fields) = person, case .string(let partner)? = fields["partner"],
                    case .string(let levelName)? = fields["level"], let level = Level(rawValue: levelName),
                    case .object(let answers)? = fields["answers"]
                else { throw CocoaError(.fileReadCorruptFile) }
                var parsed: [String: Answer] = [:]
                for (id, value) in answers {
                    parsed[id] = try Answer(json: value, for: try #require(workshop.question(id)))
                }
                return Submission(partner: partner, level: level, answers: parsed, predictions: [:])
            }
            return (name, file, submissions)
        }
    }

    static func report(_ workshop: Workshop, _ submissions: [Submission]) throws -> GapReport {
        var aggregator = Aggregator(workshop: workshop, partners: ["Acme", "Globex"])
        for submission in submissions { try aggregator.add(submission) }
        var generator = SeededGenerator(seed: 1)
        return GapReportBuilder(
            workshop: workshop, workshopSHA256: "x", session: SessionSummary(id: "s", partners: ["Acme", "Globex"]),
            round: 1
        ).build(aggregator.finish(), shuffling: &generator)
    }

    static func shown(_ report: GapReport, _ question: String) -> Set<GroupKey> {
        Set(report.questions.first { $0.id == question }?.groups.filter { !$0.suppressed }.map(\.group) ?? [])
    }

    @Test func conditionsLinkQuestionsTransitively() throws {
        #expect(
            LinkedQuestions(try Self.workshop("strategy.json")).components == [
                ["in-strategy", "strategy-role"], ["confidence", "more-budget"], ["exclusive"],
            ])
        let trust = LinkedQuestions(try Self.workshop("trust.json"))
        #expect(trust.components == [["trust", "missing", "meet-more"], ["exclusive"]])
    }

    /// The three shapes of the issue: each follow-up and its condition question show the same
    /// groups, here only everyone (before, the condition question showed the partners and the
    /// follow-up the levels, or the other way round, and the attacker pinned hidden cells).
    @Test(arguments: 0..<3)
    func aFollowUpAndItsConditionShowTheSameGroups(shape: Int) throws {
        let session = try Self.sessions()[shape]
        let workshop = try Self.workshop(session.workshop)
        let report = try Self.report(workshop, session.submissions)
        for component in LinkedQuestions(workshop).components {
            let layouts = component.map { Self.shown(report, $0) }
            #expect(Set(layouts).count == 1, "\(session.name): \(component) show \(layouts)")
        }
        for question in LinkedQuestions(workshop).components[0] {
            #expect(Self.shown(report, question) == [.everyone], "\(session.name): \(question)")
        }
    }

    /// Linked questions only hide together what one of them hides: a question nothing links
    /// keeps its own layout (every cell, here), and the round's groups are unchanged.
    @Test func anUnlinkedQuestionKeepsItsOwnLayout() throws {
        let session = try Self.sessions()[0]
        let report = try Self.report(try Self.workshop(session.workshop), session.submissions)
        #expect(Self.shown(report, "exclusive").count == 9)
        #expect(report.groups.allSatisfy { !$0.suppressed })
    }

    /// The joint decision is the per-question rule applied to the union over the linked group:
    /// with every cell of the follow-up `missing` holding 2 real answers, `trust` and
    /// `meet-more` hide what `missing` hides (the cells, then the levels), `exclusive` nothing.
    @Test func theJointDecisionIsThePerQuestionRuleOverTheLinkedGroup() throws {
        let workshop = try Self.workshop("trust.json")
        let round = Disclosure(thresholds: workshop.anonymity, partners: ["Acme", "Globex"]) { _ in 20 }
        let decided = round.byQuestion(in: workshop) { id, group in id == "missing" && group.isCell ? 2 : 20 }
        let expected = round.refined { $0.isCell ? 2 : 20 }
        #expect(expected.hidden == Set(Disclosure.groups(partners: ["Acme", "Globex"]).filter { $0.level != nil }))
        for id in ["trust", "missing", "meet-more"] { #expect(decided[id] == expected, "\(id)") }
        #expect(decided["exclusive"] == round)
    }

    /// A follow-up too few answered hides its whole linked group, even for everyone: with
    /// `trust` hidden for everyone, a shown required `missing` with n equal to the round's size
    /// would say that nobody answered 6 or 7, and a shown `missing` would bound a hidden
    /// `meet-more` by its count of "time".
    @Test func aFollowUpHiddenForEveryoneHidesItsLinkedGroup() throws {
        let workshop = try Self.workshop("trust.json")
        let round = Disclosure(thresholds: workshop.anonymity, partners: ["Acme", "Globex"]) { _ in 20 }
        let decided = round.byQuestion(in: workshop) { id, _ in id == "meet-more" ? 4 : 20 }
        for id in ["trust", "missing", "meet-more"] { #expect(decided[id]?.isShown(.everyone) == false, "\(id)") }
        #expect(decided["exclusive"] == round)
    }
}
