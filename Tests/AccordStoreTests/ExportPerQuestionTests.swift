import AccordCore
import AccordStore
import Foundation
import Testing

/// anonymity.md rule 8 per question: every cell has 6 submissions, so the round is exported
/// by partner and level, but only one Acme participant (in Acme · execution, the target) gave
/// a real answer to `months` (optional) and to `vision` (the rest of Acme said "don't know").
/// The export must show those questions only as the report does (by level), and a reader of
/// the whole export must be left at least two answers for the target.
@Suite struct ExportPerQuestionTests {
    static let cells = Disclosure.groups(partners: ["Acme", "Globex"]).filter(\.isCell)

    /// The target first; Globex: vision and months from 4 in each cell.
    static func submissions(targetVision: Int = 5, targetMonths: Int = 30) -> [Submission] {
        var result: [Submission] = []
        var value = 0
        for cell in cells {
            for person in 0..<6 {
                value += 1
                let isTarget = cell.partner == "Acme" && cell.level == .execution && person == 0
                var answers: [String: Answer] = ["goal": .choice("markets")]
                if isTarget {
                    answers["vision"] = .scale(targetVision)
                    answers["months"] = .number(Double(targetMonths))
                } else if cell.partner == "Acme" {
                    answers["vision"] = .dontKnow
                } else if person < 4 {
                    answers["vision"] = .scale(1 + value % 5)
                    answers["months"] = .number([0, 7, 30, 60][value % 4])
                } else {
                    answers["vision"] = .scale(3)
                }
                let submission = Submission(
                    partner: cell.partner!, level: cell.level!, answers: answers, predictions: ["vision": .scale(3)])
                if isTarget { result.insert(submission, at: 0) } else { result.append(submission) }
            }
        }
        return result
    }

    /// The export's rows in a fixed order (the export shuffles them) and its summary, on
    /// `backend`. The brute-force searches below run on SQLite only (thousands of stores): the
    /// grouping is decided once, in AccordStore, over either backend's rows and counts, and
    /// `aQuestionFewAnsweredIsExportedAsTheReportShowsIt` checks PostgreSQL's give the same export.
    static func observe(_ submissions: [Submission], on backend: Backend = .sqlite) async throws -> [String] {
        let fixture = try await BackendFixture(backend, workshop: StoreFixture.workshop())
        defer { fixture.remove() }
        try await fixture.session()
        try await fixture.submit(submissions)
        try await fixture.store.closeRound(session: "s")
        var output = ""
        let summary = try await fixture.store.exportAnswers(session: "s", format: .jsonl) { output += $0 }
        return output.split(separator: "\n").map(String.init).sorted() + [String(describing: summary)]
    }

    @Test(arguments: Backend.all)
    func aQuestionFewAnsweredIsExportedAsTheReportShowsIt(_ backend: Backend) async throws {
        let observed = try await Self.observe(Self.submissions(), on: backend)
        let rows = observed.dropLast()
        let months = rows.filter { $0.contains("\"months\"") }
        let vision = rows.filter { $0.contains("\"vision\"") }
        let goal = rows.filter { $0.contains("\"goal\"") }
        #expect(months.count == 9 && vision.count == 24 + 24)
        // months and vision (answers, "don't know" and predictions alike): level only, as the report.
        for row in months + vision {
            #expect(!row.contains("\"Acme\"") && !row.contains("\"Globex\""), "\(row)")
            #expect(row.contains("\"management\"") || row.contains("\"execution\""), "\(row)")
        }
        // Everyone answered goal: partner and level.
        #expect(goal.count == 24 && goal.allSatisfy { $0.contains("\"Acme\"") || $0.contains("\"Globex\"") })
        #expect(observed.last!.contains("question: \"months\"") && observed.last!.contains("level"))
    }

    /// The export's grouping of a question is the report's: the round's `Disclosure` refined by
    /// the question's real answers.
    @Test func theGroupingIsTheReportsPerQuestionDisclosure() async throws {
        var aggregator = Aggregator(workshop: StoreFixture.workshop(), partners: ["Acme", "Globex"])
        for submission in Self.submissions() { try aggregator.add(submission) }
        let aggregate = aggregator.finish()
        let disclosure = Disclosure(thresholds: StoreFixture.workshop().anonymity, aggregate: aggregate)
        for question in ["vision", "months", "goal"] {
            let refined = disclosure.refined { aggregate.answers(to: question, in: $0) }
            #expect(ExportGrouping(shownBy: refined) == (question == "goal" ? .partnerAndLevel : .level))
        }
    }

    /// Brute force: every answer the target could have given to `months` or `vision`, with at
    /// most one other participant's answer changed to make up for it, that gives the same
    /// export; at least two must remain.
    @Test(arguments: ["months", "vision"])
    func theExportLeavesTheTargetAtLeastTwoAnswers(question: String) async throws {
        let actual = Self.submissions()
        let seen = try await Self.observe(actual)
        let options: [Answer] =
            question == "months" ? [0, 7, 30, 60].map { .number(Double($0)) } : (1...5).map(Answer.scale)
        var possible: [Answer] = []
        for value in options {
            var world = actual
            world[0].answers[question] = value
            if try await Self.observe(world) == seen {
                possible.append(value)
                continue
            }
            search: for other in world.indices.dropFirst() where world[other].answers[question]?.isSubstantive == true {
                for replacement in options where replacement != world[other].answers[question] {
                    var changed = world
                    changed[other].answers[question] = replacement
                    if try await Self.observe(changed) == seen {
                        possible.append(value)
                        break search
                    }
                }
            }
        }
        #expect(possible.count >= 2, "\(possible)")
    }
}
