import AccordCore
import AccordReport
import Foundation
import Testing

/// Issue 18 case 1 through the JSON report (every number any format prints): the
/// integer-programming attacker `scripts/milp-attack.py` reads the report and the workshop file
/// (required questions, "don't know", who is shown a follow-up) and looks for a hidden quantity
/// it can bound more tightly than any subset of the hidden group's size allows
/// (`docs/anonymity.md`, "Linked questions"). Sessions: `Fixtures/linked/sessions.json` in
/// AccordCoreTests, issue 18's three shapes first.
@Suite(.serialized) struct LinkedQuestionAttackTests {
    static func report(_ session: LinkedSessions.Session) throws -> String {
        var aggregator = Aggregator(workshop: session.workshop, partners: LinkedSessions.partners)
        for submission in session.submissions { try aggregator.add(submission) }
        var generator = SeededGenerator(seed: 1)
        let report = GapReportBuilder(
            workshop: session.workshop, workshopSHA256: "x",
            session: SessionSummary(id: "s", partners: LinkedSessions.partners), round: 1
        ).build(aggregator.finish(), shuffling: &generator)
        return JSONReportRenderer().render(report)
    }

    /// Writes each session's JSON report and runs the attacker on all of them at once.
    static func facts(_ sessions: [LinkedSessions.Session]) throws -> [String: [String]] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-linked-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var cases: [LinkedSessions.Case] = []
        for (index, session) in sessions.enumerated() {
            let url = folder.appendingPathComponent("report-\(index).json")
            try Data(report(session).utf8).write(to: url)
            cases.append(.init(name: session.name, workshopFile: session.workshopFile, report: url))
        }
        return try LinkedSessions.attack(cases, in: folder)
    }

    @Test func theShapesOfTheIssueGiveNoHiddenGroupAway() throws {
        let shapes = Array(try LinkedSessions.all().prefix(3))
        let facts = try Self.facts(shapes)
        #expect(facts.count == 3)
        for shape in shapes { #expect(facts[shape.name] == [], "\(shape.name)") }
    }

    /// Random small sessions (cells 0–6, minGroupSize 3 and 5, follow-ups, "don't know",
    /// "prefer not to say", skipped questions): nothing beyond what any subset gives.
    @Test func aCampaignOfSmallSessionsGivesNoHiddenGroupAway() throws {
        let sessions = Array(try LinkedSessions.all().dropFirst(3))
        let facts = try Self.facts(sessions)
        #expect(facts.count == sessions.count)
        for session in sessions { #expect(facts[session.name] == [], "\(session.name)") }
    }

    /// The attacker has teeth: the report of shape 1 under the old per-question rule
    /// (`in-strategy` by partner, its follow-up by level; `shape1-per-question-report.json`)
    /// tells that the one Acme · management real answer is "yes".
    @Test func theAttackerPinsShapeOneUnderThePerQuestionRule() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-linked-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let facts = try LinkedSessions.attack(
            [
                .init(
                    name: "old", workshopFile: LinkedSessions.folder.appendingPathComponent("strategy.json"),
                    report: LinkedSessions.folder.appendingPathComponent("shape1-per-question-report.json"))
            ], in: folder)
        let old = try #require(facts["old"])
        #expect(old.contains { $0.hasPrefix("in-strategy · Acme · management · true: 1…1") }, "\(old)")
        #expect(old.contains { $0.hasPrefix("in-strategy · Globex · management · false: 0…0") }, "\(old)")
    }
}
