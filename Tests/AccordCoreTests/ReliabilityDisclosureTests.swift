import Testing

@testable import AccordCore

/// Cronbach's α and driver strengths under the anonymity rules: a hidden group shows
/// neither, and the rules apply again to the submissions each rests on (complete submissions
/// for α, score–outcome pairs for drivers), complementary suppression included, so no hidden
/// group's α or driver sums are a combination of shown ones.
@Suite struct ReliabilityDisclosureTests {
    static let partners = AnonymityAttackTests.partners
    static let cells = AnonymityAttackTests.cells

    /// One dimension of two scale items and a yes/no outcome.
    static func workshop(minGroupSize: Int = 3) -> Workshop {
        let agree = SampleWorkshop.agree5
        let questions = [
            Question(id: "a", kind: .scale(agree), prompt: LocalizedText("A"), required: false, dimension: "d"),
            Question(
                id: "b", kind: .scale(agree), prompt: LocalizedText("B"), required: false, dimension: "d",
                reverse: true),
            Question(id: "go-on", kind: .yesno, prompt: LocalizedText("Go on?"), required: false, outcome: true),
        ]
        return Workshop(
            id: "w", version: "1", title: LocalizedText("W"),
            anonymity: AnonymityThresholds(minGroupSize: minGroupSize, minGroupSizeForText: 5), scales: [agree],
            dimensions: [Dimension(id: "d", title: LocalizedText("D"))],
            sections: [Section(id: "s", title: LocalizedText("S"), questions: questions)])
    }

    /// Per cell: `sizes` submissions, of which `complete` answer both items (the others only
    /// item a) and `outcome` answer the outcome.
    static func report(sizes: [Int], complete: [Int]? = nil, outcome: [Int]? = nil, minGroupSize: Int = 3)
        throws -> (GapReport, Aggregate)
    {
        let workshop = workshop(minGroupSize: minGroupSize)
        var generator = SeededGenerator(seed: 11)
        var aggregator = Aggregator(workshop: workshop, partners: partners)
        for (cell, key) in cells.enumerated() {
            for index in 0..<sizes[cell] {
                let x = Int.random(in: 1...5, using: &generator)
                var answers: [String: Answer] = ["a": .scale(x)]
                if index < (complete ?? sizes)[cell] {
                    answers["b"] = .scale(max(1, min(5, 6 - x + Int.random(in: -1...1, using: &generator))))
                }
                if index < (outcome ?? sizes)[cell] {
                    answers["go-on"] = .yesno(x + Int.random(in: -1...1, using: &generator) >= 3)
                }
                try aggregator.add(Submission(partner: key.partner!, level: key.level!, answers: answers))
            }
        }
        let aggregate = aggregator.finish()
        let report = GapReportBuilder(
            workshop: workshop, workshopSHA256: "x", session: SessionSummary(id: "s", partners: partners), round: 1
        ).build(aggregate)
        return (report, aggregate)
    }

    @Test(arguments: AnonymityAttackTests.scenarios)
    func aHiddenGroupShowsNeitherAlphaNorDriver(scenario: AnonymityAttackTests.Scenario) throws {
        let (report, _) = try Self.report(sizes: scenario.sizes, minGroupSize: scenario.minGroupSize)
        let hidden = Set(report.groups.filter(\.suppressed).map(\.group))
        let dimension = try #require(report.dimensions.first)
        #expect(dimension.consistency.count == report.groups.count)
        for entry in dimension.consistency where hidden.contains(entry.group) { #expect(entry.alpha == nil) }
        #expect(dimension.drivers.map(\.group) == [.everyone] + Self.partners.map { GroupKey(partner: $0) })
        for driver in dimension.drivers where hidden.contains(driver.group) {
            #expect(driver == DriverStrength(group: driver.group, score: nil, r: nil))
        }
        // α mixes each person's answers, so it is shown only where every cell is shown too.
        let cellHidden = Self.cells.contains(where: hidden.contains)
        for entry in dimension.consistency where cellHidden { #expect(entry.alpha == nil) }
        if !cellHidden { #expect(dimension.consistency.first { $0.group == .everyone }?.alpha != nil) }
    }

    /// Each cell has 6 submissions, but only 2 of Acme·execution answered both items: every
    /// cell's α is hidden (one hidden cell hides all four), and so is every α that would mix
    /// a hidden cell's answers in: none is shown. With 3 complete there, every group shows α.
    @Test func alphaIsRefinedByCompleteSubmissionsWithComplementarySuppression() throws {
        let (full, _) = try Self.report(sizes: [6, 6, 6, 6], complete: [6, 3, 6, 6])
        #expect(try #require(full.dimensions.first).consistency.allSatisfy { $0.alpha != nil })
        let (report, aggregate) = try Self.report(sizes: [6, 6, 6, 6], complete: [6, 2, 6, 6])
        let consistency = try #require(report.dimensions.first).consistency
        let shown = Set(consistency.filter { $0.alpha != nil }.map(\.group))
        #expect(shown.isEmpty)
        // The attacker's subtraction: no group below the threshold is a combination of shown ones.
        let basis = shown.map(AnonymityAttackTests.indicator)
        for entry in consistency where aggregate.consistency(dimension: 0, in: entry.group).count < 3 {
            #expect(!AnonymityAttackTests.inSpan(AnonymityAttackTests.indicator(entry.group), of: basis))
        }
    }

    /// Drivers need max(minGroupSize, 10) pairs: with 12 pairs in Acme and 8 in Globex neither
    /// partner shows one (Globex's would follow from everyone's sums and Acme's), everyone does.
    @Test func driversNeedTenPairsAndHideBothPartnersTogether() throws {
        let (report, _) = try Self.report(sizes: [6, 6, 6, 6], outcome: [6, 6, 4, 4])
        let drivers = try #require(report.dimensions.first).drivers
        #expect(drivers.first { $0.group == .everyone }?.r != nil)
        for partner in Self.partners {
            #expect(drivers.first { $0.group == GroupKey(partner: partner) }?.r == nil)
        }
    }

    /// The change since the previous round is wired from the two rounds' gaps; a round built
    /// without a previous round has no comparison and so no change.
    @Test func changeSinceThePreviousRoundComesFromBothRoundsGaps() throws {
        let (before, _) = try Self.report(sizes: [6, 6, 6, 6])
        let (alone, aggregate) = try Self.report(sizes: [9, 7, 8, 6])
        #expect(alone.comparison == nil)
        let now = GapReportBuilder(
            workshop: Self.workshop(), workshopSHA256: "x", session: SessionSummary(id: "s", partners: Self.partners),
            round: 2
        ).build(aggregate, comparingTo: before)
        let comparison = try #require(now.comparison)
        let question = try #require(now.questions.first { $0.id == "a" })
        let changes = try #require(comparison.changes["a"])
        #expect(changes.count == question.gaps.count)
        for (gap, change) in zip(question.gaps, changes) {
            let then = try #require(before.questions.first { $0.id == "a" }?.gaps.first { $0.isSameComparison(as: gap) })
            let expected = IntervalStatistics.change(
                now: try #require(gap.meanDifference), nowSE: try #require(gap.standardError),
                before: try #require(then.meanDifference), beforeSE: try #require(then.standardError))
            #expect(change == expected)
        }
        // The dimension's trend counts its questions whose partner gap moved beyond noise.
        let moved = try ["a", "b"].filter { id in
            let gaps = try #require(now.questions.first { $0.id == id }).gaps
            return zip(gaps, comparison.changes[id] ?? []).contains { gap, change in
                gap.kind == .partners && gap.from == GroupKey(partner: "Acme") && change?.withinNoise == false
            }
        }
        #expect(comparison.dimensionMoves["d"] == moved.count)
    }

    /// A workshop without an outcome question has no driver section at all.
    @Test func noOutcomeNoDrivers() throws {
        var workshop = Self.workshop()
        workshop.sections[0].questions[2].outcome = false
        var aggregator = Aggregator(workshop: workshop, partners: Self.partners)
        try aggregator.add(Submission(partner: "Acme", level: .management, answers: ["a": .scale(3)]))
        let report = GapReportBuilder(
            workshop: workshop, workshopSHA256: "x", session: SessionSummary(id: "s", partners: Self.partners), round: 1
        ).build(aggregator.finish())
        #expect(report.dimensions.first?.drivers == [])
        #expect(report.outcome == nil)
    }
}
