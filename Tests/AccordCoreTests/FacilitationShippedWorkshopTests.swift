import Foundation
import Testing

@testable import AccordCore

/// Findings and prompts on every shipped workshop, with synthetic rooms where the partners
/// and levels answer differently: every prompt is a finished sentence and question in the
/// workshop's words, in rank order, never about a hidden group.
@Suite struct FacilitationShippedWorkshopTests {
    /// Synthetic participants: Acme leans to the top of scales and the first options,
    /// Globex to the middle and the last options; execution teams sit lower than management.
    static func room(_ workshop: Workshop, cells: [(String, Level, Int)], seed: UInt64) -> [Submission] {
        var generator = SeededGenerator(seed: seed)
        var result: [Submission] = []
        for (partner, level, count) in cells {
            let acme = partner == "Acme"
            for _ in 0..<count {
                var answers: [String: Answer] = [:]
                var predictions: [String: Answer] = [:]
                for question in workshop.questions where question.condition?.isSatisfied(by: answers) ?? true {
                    let lean = Double.random(in: 0..<1, using: &generator)
                    switch question.kind {
                    case .scale(let scale):
                        let top = acme ? scale.max : (scale.min + scale.max) / 2
                        let value = level == .execution && lean < 0.6 ? top - 1 : top - (lean < 0.2 ? 1 : 0)
                        answers[question.id] = .scale(min(scale.max, max(scale.min, value)))
                        if question.predict { predictions[question.id] = .scale(acme ? scale.max : scale.min) }
                    case .choice(let options):
                        let index = lean < 0.75 ? (acme ? 0 : options.count - 1) : Int(lean * 100) % options.count
                        answers[question.id] = .choice(options[index].id)
                    case .multi(let options, let low, let high):
                        let count = max(low, min(high, 2))
                        let picked = acme ? options.prefix(count) : options.suffix(count)
                        answers[question.id] = .multi(picked.map(\.id))
                    case .rank(let options):
                        answers[question.id] = .rank((acme ? options : options.reversed()).map(\.id))
                    case .number(let range):
                        let low = range.min ?? 0
                        let high = range.max ?? low + 100
                        let value = acme ? low + (high - low) / 4 : low + (high - low) / 2
                        answers[question.id] = .number((range.integer ? value.rounded() : value) + (lean < 0.5 ? 0 : 1))
                    case .text:
                        answers[question.id] = .text("a thought")
                    case .yesno:
                        answers[question.id] = .yesno(acme ? lean < 0.9 : lean < 0.2)
                    }
                }
                result.append(Submission(partner: partner, level: level, answers: answers, predictions: predictions))
            }
        }
        return result
    }

    static func report(_ workshop: Workshop, _ submissions: [Submission]) throws -> GapReport {
        var aggregator = Aggregator(workshop: workshop, partners: ["Acme", "Globex"])
        for submission in submissions { try aggregator.add(submission) }
        var generator = SeededGenerator(seed: 3)
        return GapReportBuilder(
            workshop: workshop, workshopSHA256: "abc", session: SessionSummary(id: "s", partners: ["Acme", "Globex"]),
            round: 1
        ).build(aggregator.finish(), shuffling: &generator)
    }

    func checkPrompts(_ workshop: Workshop, _ sections: [SectionFindings]) {
        #expect(sections.map(\.sectionID) == workshop.sections.map(\.id))
        for section in sections {
            for (index, finding) in section.findings.enumerated() {
                let text = finding.prompt.text
                #expect(finding.prompt.observation.hasSuffix("."), "\(text)")
                #expect(finding.prompt.question.hasSuffix("?"), "\(text)")
                #expect(text.contains("“") && text.contains("”"), "\(text)")
                for leak in ["Optional(", " nil", "NaN", " inf ", "—", "  "] {
                    #expect(!text.contains(leak), "\(text)")
                }
                #expect(finding.sectionID == section.sectionID)
                #expect(workshop.section(containing: finding.questionID)?.id == section.sectionID)
                #expect(finding.magnitude != .negligible)
                for later in section.findings[(index + 1)...] { #expect(!later.ranksAbove(finding)) }
            }
        }
    }

    @Test(arguments: ShippedWorkshopTests.shipped)
    func everyShippedWorkshopGivesReadablePromptsInRankOrder(name: String) throws {
        let workshop = try ShippedWorkshopTests.load(name)
        let cells: [(String, Level, Int)] = [
            ("Acme", .management, 6), ("Acme", .execution, 7), ("Globex", .management, 5), ("Globex", .execution, 6),
        ]
        let report = try Self.report(workshop, Self.room(workshop, cells: cells, seed: 11))
        let sections = FindingRanker(workshop: workshop, limit: 20).findings(in: report)
        checkPrompts(workshop, sections)
        let kinds = Set(sections.flatMap(\.findings).map(\.kind))
        #expect(kinds.contains(.partnerGap) && kinds.contains(.levelGap))
    }

    @Test(arguments: ShippedWorkshopTests.shipped)
    func withASmallCellNoFindingNamesALevel(name: String) throws {
        let workshop = try ShippedWorkshopTests.load(name)
        let cells: [(String, Level, Int)] = [
            ("Acme", .management, 6), ("Acme", .execution, 7), ("Globex", .management, 2), ("Globex", .execution, 6),
        ]
        let report = try Self.report(workshop, Self.room(workshop, cells: cells, seed: 12))
        let sections = FindingRanker(workshop: workshop, limit: 50).findings(in: report)
        checkPrompts(workshop, sections)
        for finding in sections.flatMap(\.findings) {
            for group in [finding.gap?.from, finding.gap?.to, finding.group].compactMap({ $0 }) {
                #expect(group.level == nil, "\(finding.prompt.text)")
            }
            for phrase in ["'s management", "'s execution team", "on both sides", "the execution teams"] {
                #expect(!finding.prompt.text.contains(phrase), "\(finding.prompt.text)")
            }
        }
    }
}
