import AccordCore
import AccordReport
import Testing

/// anonymity.md rules 2, 3 and 8 against a reader of the rendered report, in every format.
///
/// Everyone answers alike, so a rendered report depends on nothing but the four partner × level
/// cell sizes. The attacker renders the report for every assignment of sizes that shows the same
/// group sizes and keeps those whose output is byte for byte the one they hold: every word the
/// report says about a group (its size, "hidden", any reason or bound, a gap line, the methods
/// appendix) is used. Each hidden group's size must keep at least two possible values.
@Suite struct RenderedCountAttackTests {
    static let partners = ["Acme", "Globex"]
    static let groups = Disclosure.groups(partners: partners)
    static let cells = groups.filter(\.isCell)
    static let workshop = DemoParticipantsTests.workshop

    static func size(_ group: GroupKey, _ sizes: [Int]) -> Int {
        zip(cells, sizes).filter { cell, _ in
            (group.partner == nil || group.partner == cell.partner) && (group.level == nil || group.level == cell.level)
        }.map(\.1).reduce(0, +)
    }

    static func disclosure(_ sizes: [Int]) -> Disclosure {
        Disclosure(thresholds: workshop.anonymity, partners: partners) { size($0, sizes) }
    }

    static func report(_ sizes: [Int]) throws -> GapReport {
        var aggregator = Aggregator(workshop: workshop, partners: partners)
        for (cell, count) in zip(cells, sizes) {
            for _ in 0..<count {
                try aggregator.add(
                    Submission(
                        partner: cell.partner!, level: cell.level!, answers: ["trust-rely": .scale(4)],
                        predictions: ["trust-rely": .scale(3)]))
            }
        }
        return GapReportBuilder(
            workshop: workshop, workshopSHA256: String(repeating: "ab", count: 32),
            session: SessionSummary(id: "s", partners: partners), round: 1
        ).build(aggregator.finish())
    }

    /// The hidden groups of `actual` whose size a reader of `format` pins to one value.
    static func pinned(_ actual: [Int], format: ReportFormat) throws -> [GroupKey: Int] {
        let renderer = format.renderer(width: 100, colour: false)
        let seen = renderer.render(try report(actual))
        let disclosure = disclosure(actual)
        // Every format shows the shown groups' sizes and which groups are hidden: candidates
        // that differ there are told apart without rendering.
        func visible(_ sizes: [Int]) -> [Int] {
            let candidate = Self.disclosure(sizes)
            return groups.map { candidate.isShown($0) ? size($0, sizes) : -1 }
        }
        let visibleSeen = visible(actual)
        let bound = max(actual.max() ?? 0, workshop.anonymity.minGroupSize) + 1
        var candidates: [[Int]] = []
        for a in 0...bound {
            for b in 0...bound {
                for c in 0...bound {
                    for d in 0...bound where visible([a, b, c, d]) == visibleSeen {
                        if renderer.render(try report([a, b, c, d])) == seen { candidates.append([a, b, c, d]) }
                    }
                }
            }
        }
        #expect(candidates.contains(actual))
        var pinned: [GroupKey: Int] = [:]
        for group in groups where !disclosure.isShown(group) {
            let values = Set(candidates.map { size(group, $0) })
            if values.count < 2 { pinned[group] = values.first }
        }
        return pinned
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var sizes: [Int]
        var format: ReportFormat
        var testDescription: String { "cells \(sizes), \(format)" }
    }

    /// The leaking layout (Acme 4 = 2 + 2 with the partners shown), levels shown, both
    /// margins large around small cells, and only everyone shown; in every format.
    static let cases: [Case] = [[2, 2, 5, 5], [1, 1, 4, 4], [3, 0, 0, 3], [2, 1, 0, 0]].flatMap { sizes in
        ReportFormat.allCases.map { Case(sizes: sizes, format: $0) }
    }

    @Test(arguments: cases)
    func noFormatPinsAHiddenGroup(case: Case) throws {
        #expect(try Self.pinned(`case`.sizes, format: `case`.format).isEmpty)
    }

    @Test(arguments: ReportFormat.allCases)
    func theLeakingLayoutStatesTheRuleOnceAndNoReasonPerGroup(format: ReportFormat) throws {
        let output = format.renderer(width: 100, colour: false).render(try Self.report([2, 2, 5, 5]))
        #expect(!output.contains("fewer than 3)"))
        #expect(!output.contains("protects a smaller group"))
        #expect(!output.contains("belowThreshold") && !output.contains("complementary"))
        if format != .csv {
            let words = output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(
                words.contains(
                    "Groups with fewer than 3 submissions, and groups that would let one work them out, are hidden."))
        }
    }
}
