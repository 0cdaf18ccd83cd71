import Testing

@testable import AccordCore

/// Rules 2 and 3 of anonymity.md under attack: sessions with small cells, and an attacker
/// who holds only the built GapReport and tries every subtraction and every bound.
@Suite struct AnonymityAttackTests {
    static let partners = ["Acme", "Globex"]
    static let cells = Disclosure.groups(partners: partners).filter(\.isCell)

    /// Cell sizes (Acme·management, Acme·execution, Globex·management, Globex·execution),
    /// minGroupSize, and the groups that may be shown.
    struct Scenario: CustomTestStringConvertible, Sendable {
        var sizes: [Int]
        var minGroupSize = 3
        var shown: Set<GroupKey>
        var testDescription: String { "cells \(sizes), minGroupSize \(minGroupSize)" }
    }

    static let everyone = GroupKey.everyone
    static let partnerGroups: Set<GroupKey> = [GroupKey(partner: "Acme"), GroupKey(partner: "Globex")]
    static let levelGroups: Set<GroupKey> = [GroupKey(level: .management), GroupKey(level: .execution)]

    static let scenarios: [Scenario] = [
        Scenario(sizes: [1, 4, 5, 6], shown: partnerGroups.union([everyone])),
        Scenario(sizes: [2, 2, 9, 9], shown: partnerGroups.union([everyone])),
        Scenario(sizes: [1, 1, 5, 5], shown: levelGroups.union([everyone])),
        Scenario(sizes: [0, 5, 5, 5], shown: partnerGroups.union([everyone])),
        Scenario(sizes: [10, 1, 10, 10], shown: partnerGroups.union([everyone])),
        Scenario(sizes: [1, 1, 1, 1], shown: [everyone]),
        Scenario(sizes: [1, 0, 1, 0], shown: []),
        Scenario(sizes: [4, 6, 6, 6], minGroupSize: 5, shown: partnerGroups.union([everyone])),
        Scenario(sizes: [3, 3, 3, 3], shown: Set(Disclosure.groups(partners: partners))),
    ]

    /// Random answers, with "don't know", "prefer not to say" and skipped questions, so a
    /// question's n differs from its group's size.
    static func submissions(sizes: [Int], seed: UInt64) -> [Submission] {
        var generator = SeededGenerator(seed: seed)
        var result: [Submission] = []
        for (cell, key) in cells.enumerated() {
            for _ in 0..<sizes[cell] {
                var answers: [String: Answer] = [:]
                switch Int.random(in: 0..<8, using: &generator) {
                case 0: answers["vision-shared"] = .dontKnow
                case 1: answers["vision-shared"] = .preferNotToSay
                default: answers["vision-shared"] = .scale(Int.random(in: 1...5, using: &generator))
                }
                let markets = Bool.random(using: &generator)
                answers["top-goal"] = .choice(markets ? "new-markets" : "cost")
                if markets { answers["why-markets"] = .text("because \(Int.random(in: 0..<1000, using: &generator))") }
                if Bool.random(using: &generator) {
                    answers["months"] = .number(Double(Int.random(in: 0...60, using: &generator)))
                }
                if Bool.random(using: &generator) {
                    answers["kpis"] = .multi(
                        ["cost", "customers", "revenue"].filter { _ in Bool.random(using: &generator) })
                }
                result.append(
                    Submission(
                        partner: key.partner!, level: key.level!, answers: answers,
                        predictions: ["vision-shared": .scale(Int.random(in: 1...5, using: &generator))]))
            }
        }
        return result
    }

    static func report(_ scenario: Scenario, seed: UInt64) throws -> (GapReport, Aggregate) {
        var workshop = SampleWorkshop.workshop
        workshop.anonymity = AnonymityThresholds(minGroupSize: scenario.minGroupSize, minGroupSizeForText: 5)
        var aggregator = Aggregator(workshop: workshop, partners: partners)
        for submission in submissions(sizes: scenario.sizes, seed: seed) { try aggregator.add(submission) }
        let aggregate = aggregator.finish()
        let report = GapReportBuilder(
            workshop: workshop, workshopSHA256: "x", session: SessionSummary(id: "s", partners: partners), round: 1
        ).build(aggregate)
        return (report, aggregate)
    }

    @Test(arguments: scenarios)
    func onlyTheExpectedGroupsAreShown(scenario: Scenario) throws {
        let (report, _) = try Self.report(scenario, seed: 1)
        #expect(Set(report.groups.filter { !$0.suppressed }.map(\.group)) == scenario.shown)
        for summary in report.groups {
            #expect((summary.n == nil) == summary.suppressed)
        }
        // The hidden groups, in report order, and nothing else about them.
        #expect(report.anonymity.suppressions.map(\.group) == report.groups.filter(\.suppressed).map(\.group))
    }

    @Test(arguments: scenarios)
    func aHiddenGroupShowsNothingAnywhere(scenario: Scenario) throws {
        let (report, _) = try Self.report(scenario, seed: 2)
        let hidden = Set(report.groups.filter(\.suppressed).map(\.group))
        for question in report.questions {
            for statistics in question.groups where hidden.contains(statistics.group) {
                #expect(statistics == .suppressed(statistics.group))
            }
            for gap in question.gaps where hidden.contains(gap.from) || hidden.contains(gap.to) {
                #expect(gap == Gap(kind: gap.kind, partner: gap.partner, from: gap.from, to: gap.to, suppressed: true))
            }
            for understanding in question.understandingGaps
            where hidden.contains(GroupKey(partner: understanding.predictingPartner))
                || hidden.contains(GroupKey(partner: understanding.aboutPartner))
            {
                #expect(understanding.suppressed && understanding.predictedMean == nil && understanding.gap == nil)
            }
        }
        for dimension in report.dimensions {
            for score in dimension.scores where hidden.contains(score.group) { #expect(score.score == nil) }
        }
        if hidden.contains(.everyone) { #expect(report.comments.isEmpty && report.alignment == nil) }
    }

    /// Subtraction: every linear combination of shown groups (everyone − partner A, a
    /// partner − a cell, level margins...) applied to sizes, per-question n, "don't know",
    /// counts or sums (mean × n) gives the same combination of cells. A hidden group can be
    /// computed that way only if its cells lie in the span of the shown groups' cells.
    @Test(arguments: scenarios)
    func noHiddenGroupIsACombinationOfShownGroups(scenario: Scenario) throws {
        let (report, _) = try Self.report(scenario, seed: 3)
        let shown = report.groups.filter { !$0.suppressed }.map { Self.indicator($0.group) }
        for hidden in report.groups where hidden.suppressed {
            #expect(
                !Self.inSpan(Self.indicator(hidden.group), of: shown),
                "\(hidden.group) is a combination of shown groups")
        }
    }

    /// Bounds: cells are whole numbers ≥ 0, so shown margins bound a hidden group's count of
    /// each answer (the way a 2 × 2 with both margins pins a lone answer to one cell). For
    /// every hidden group, question and count, the attacker's best bounds must say no more
    /// than "it is part of a shown group": from 0 to that group's count.
    @Test(arguments: scenarios, [4, 5, 6] as [UInt64])
    func boundsOnHiddenCountsSayNothingBeyondTheShownGroups(scenario: Scenario, seed: UInt64) throws {
        let (report, _) = try Self.report(scenario, seed: seed)
        for question in report.questions {
            let attacks = Self.boundAttacks(visible: Self.visibleValues(question))
            #expect(attacks.isEmpty, "\(question.id): \(attacks)")
        }
    }

    /// The attacker has teeth: were both partitions shown with the cells hidden, a lone
    /// answer in Acme·execution (one person; everyone else answers 3) is pinned to that cell.
    @Test func theBoundAttackFindsAnAnswerPinnedByBothMargins() throws {
        var submissions: [Submission] = []
        for (cell, size) in [10, 1, 10, 10].enumerated() {
            for _ in 0..<size {
                let key = Self.cells[cell]
                let vision = cell == 1 ? 5 : 3
                submissions.append(
                    Submission(partner: key.partner!, level: key.level!, answers: ["vision-shared": .scale(vision)]))
            }
        }
        var aggregator = Aggregator(workshop: SampleWorkshop.workshop, partners: Self.partners)
        for submission in submissions { try aggregator.add(submission) }
        let aggregate = aggregator.finish()
        let naive = [GroupKey.everyone] + Self.partnerGroups.sorted() + Self.levelGroups.sorted()
        var visible: [GroupKey: [String: Int]] = [:]
        for group in naive {
            let tally = try #require(aggregate.tally("vision-shared", in: group))
            visible[group] = ["5": tally.categories[4], "3": tally.categories[2]]
        }
        let attacks = Self.boundAttacks(visible: visible)
        #expect(attacks.contains { $0.contains("Acme · Execution") && $0.contains("'5' ≥ 1") })
        // The real report shows partners only, and the same attacker learns nothing.
        var workshop = SampleWorkshop.workshop
        workshop.anonymity = AnonymityThresholds()
        let report = GapReportBuilder(
            workshop: workshop, workshopSHA256: "x", session: SessionSummary(id: "s", partners: Self.partners), round: 1
        ).build(aggregate)
        #expect(Self.boundAttacks(visible: Self.visibleValues(report.questions[0])).isEmpty)
    }
}
