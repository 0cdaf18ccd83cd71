import Testing

@testable import AccordCore

/// The aggregator and the report builder on a small workshop, against numbers worked out by hand.
@Suite struct GapReportBuilderTests {
    static let session = SessionSummary(id: "s1", partners: ["Acme", "Globex"])

    /// Three submissions in each cell. Acme: vision 4,5,5 (management) and 4,4,4 (execution),
    /// all "new-markets" with a reason, KPI cost, months 6,12,12 from management; Globex: vision
    /// 2,3,3 and 1,2,"don't know", all "cost", KPIs customers (three) or cost + customers
    /// (three), months 24,36,30 from management.
    static func submissions() -> [Submission] {
        var result: [Submission] = []
        let acme: [(Level, Int, Double?)] = [
            (.management, 4, 6), (.management, 5, 12), (.management, 5, 12),
            (.execution, 4, nil), (.execution, 4, nil), (.execution, 4, nil),
        ]
        for (index, (level, vision, months)) in acme.enumerated() {
            var answers: [String: Answer] = [
                "vision-shared": .scale(vision), "top-goal": .choice("new-markets"), "kpis": .multi(["cost"]),
                "why-markets": .text(index == 0 ? "ask me: jo@acme.com" : "reason \(index)"),
            ]
            if let months { answers["months"] = .number(months) }
            result.append(
                Submission(partner: "Acme", level: level, answers: answers, predictions: ["vision-shared": .scale(3)]))
        }
        let globex: [(Level, Answer, Double?, [String])] = [
            (.management, .scale(2), 24, ["customers"]), (.management, .scale(3), 36, ["customers"]),
            (.management, .scale(3), 30, ["customers"]), (.execution, .scale(1), nil, ["cost", "customers"]),
            (.execution, .scale(2), nil, ["cost", "customers"]), (.execution, .dontKnow, nil, ["cost", "customers"]),
        ]
        for (level, vision, months, kpis) in globex {
            var answers: [String: Answer] = [
                "vision-shared": vision, "top-goal": .choice("cost"), "kpis": .multi(kpis),
            ]
            if let months { answers["months"] = .number(months) }
            result.append(
                Submission(partner: "Globex", level: level, answers: answers, predictions: ["vision-shared": .scale(4)])
            )
        }
        return result
    }

    static func report(_ submissions: [Submission] = submissions(), workshop: Workshop = SampleWorkshop.workshop) throws
        -> GapReport
    {
        var aggregator = Aggregator(workshop: workshop, partners: session.partners)
        for submission in submissions { try aggregator.add(submission) }
        var generator = SeededGenerator(seed: 7)
        return GapReportBuilder(workshop: workshop, workshopSHA256: "abc", session: session, round: 1)
            .build(aggregator.finish(), shuffling: &generator)
    }

    func approx(_ value: Double?, _ expected: Double, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(
            value.map { abs($0 - expected) < 1e-12 } == true, "\(String(describing: value)) ≠ \(expected)",
            sourceLocation: sourceLocation)
    }

    @Test func everyGroupIsShownWhenEveryCellMeetsTheThreshold() throws {
        let report = try Self.report()
        #expect(report.groups.map(\.n) == [12, 6, 6, 6, 6, 3, 3, 3, 3])
        #expect(report.groups.first?.group == .everyone)
        #expect(report.anonymity.suppressions.isEmpty)
        // minGroupSize 3 is below 5; minGroupSizeForText is not.
        #expect(report.anonymity.warnings == [.thresholdBelowRecommended(.minGroupSize, value: 3, recommended: 5)])
    }

    @Test func scaleStatisticsAndThePartnerGap() throws {
        let question = try #require(try Self.report().questions.first { $0.id == "vision-shared" })
        let acme = try #require(question.groups.first { $0.group == GroupKey(partner: "Acme") })
        let globex = try #require(question.groups.first { $0.group == GroupKey(partner: "Globex") })
        #expect(acme.n == 6 && acme.dontKnow == 0)
        #expect(globex.n == 5 && globex.dontKnow == 1)
        approx(acme.mean, 26.0 / 6)
        approx(acme.rwg, 1 - (4.0 / 3 / 5) / 2)  // s² = 1.333/5 against (25 − 1)/12 = 2
        approx(globex.rwg, 0.65)  // s² = 2.8 / 4 = 0.7 against 2
        #expect(globex.median == 2 && acme.median == 4)
        #expect(globex.counts == ["1": 1, "2": 2, "3": 2, "4": 0, "5": 0])

        let gap = try #require(question.gaps.first)
        #expect(gap.kind == .partners && gap.from == GroupKey(partner: "Acme") && gap.to == GroupKey(partner: "Globex"))
        approx(gap.meanDifference, 2.2 - 26.0 / 6)
        #expect(gap.cliffsDelta == -1 && gap.magnitude == .large && !gap.dispersed)
        // Globex's five answers are the five lowest of the eleven, one of C(11, 5) = 462 ways.
        approx(gap.pValue, 2.0 / 462)
        approx(gap.minimumPValue, 2.0 / 462)
        approx(gap.normalizedGap, (26.0 / 6 - 2.2) / 4)
        #expect(question.gaps.map(\.kind) == [.partners, .partners, .partners, .levels, .levels, .levels])
        #expect(
            question.gaps[5].partner == "Globex"
                && question.gaps[5].to == GroupKey(partner: "Globex", level: .execution))
        // Globex · execution gave two real answers and one "don't know": for this question its
        // cell is hidden, so all four cells are, and with both partners shown the levels too.
        #expect(question.gaps[1...].allSatisfy { $0.suppressed })
        #expect(
            question.groups.filter { !$0.suppressed }.map(\.group)
                == [.everyone, GroupKey(partner: "Acme"), GroupKey(partner: "Globex")])
    }

    @Test func understandingGapsSetEachPartnersGuessBesideTheTruth() throws {
        let question = try #require(try Self.report().questions.first { $0.id == "vision-shared" })
        #expect(question.understandingGaps.count == 2)
        let acmeAboutGlobex = question.understandingGaps[0]
        #expect(acmeAboutGlobex.predictingPartner == "Acme" && acmeAboutGlobex.aboutPartner == "Globex")
        approx(acmeAboutGlobex.predictedMean, 3)
        approx(acmeAboutGlobex.actualMean, 2.2)
        approx(acmeAboutGlobex.gap, 0.8)
        approx(question.understandingGaps[1].gap, 4 - 26.0 / 6)
    }

    @Test func choiceMultiAndNumberGaps() throws {
        let report = try Self.report()
        let goal = try #require(report.questions.first { $0.id == "top-goal" })
        #expect(goal.gaps[0].tvd == 1 && goal.gaps[0].normalizedGap == 1 && goal.gaps[0].meanDifference == nil)
        #expect(goal.groups[0].counts == ["new-markets": 6, "cost": 6] && goal.groups[0].mean == nil)

        let kpis = try #require(report.questions.first { $0.id == "kpis" })
        #expect(kpis.gaps[0].rateDifferences == ["cost": -0.5, "customers": 1, "revenue": 0])
        #expect(kpis.gaps[0].tvd == 0.5)
        #expect(kpis.groups[2].selectionRates == ["cost": 0.5, "customers": 1, "revenue": 0])

        let months = try #require(report.questions.first { $0.id == "months" })
        #expect(months.groups[1].n == 3 && months.groups[1].median == 12 && months.groups[1].rwg == nil)
        #expect(months.gaps[0].meanDifference == 20 && months.gaps[0].cliffsDelta == 1)
        #expect(months.gaps[0].normalizedGap == 0.3)  // |30 − 12| / 60
        #expect(months.gaps[0].pValue == nil)  // p is for scale questions
        // Within execution nobody gave a number: fewer than 3 real answers, so for this question
        // the cells are hidden, and with them every gap within a level or a partner.
        #expect(months.gaps[1...].allSatisfy { $0.suppressed && $0.meanDifference == nil })
        #expect(months.groups[3].suppressed && months.groups[3].group == GroupKey(level: .management))
    }

    /// Issue 18 case 6: the band is the model's for every type, so every format says the same.
    @Test func everyShownGapCarriesItsBandInTheModel() throws {
        let report = try Self.report()
        var types: Set<QuestionType> = []
        for question in report.questions where question.type != .text {
            for gap in question.gaps where !gap.suppressed {
                guard let distance = gap.normalizedGap else { continue }
                let expected = [.scale, .number].contains(question.type)
                    ? gap.cliffsDelta.map(EffectMagnitude.init(cliffsDelta:)) : EffectMagnitude(distance: distance)
                #expect(gap.magnitude == expected, "\(question.id) \(gap.from) → \(gap.to)")
                types.insert(question.type)
            }
        }
        #expect(types.isSuperset(of: [.choice, .multi]), "\(types)")
    }

    @Test func dimensionScoresAndAlignment() throws {
        let report = try Self.report()
        let vision = try #require(report.dimensions.first)
        approx(vision.alignment, 100 * (1 - (26.0 / 6 - 2.2) / 4))
        approx(report.alignment, 100 * (1 - (26.0 / 6 - 2.2) / 4))
        approx(vision.scores[0].score, 100 * (37.0 / 11 - 1) / 4)
        approx(vision.scores[1].score, 100 * (26.0 / 6 - 1) / 4)
    }

    @Test func aReverseWordedQuestionIsFlippedInTheScore() throws {
        var workshop = SampleWorkshop.workshop
        workshop.sections[0].questions[0].reverse = true
        let report = try Self.report(workshop: workshop)
        approx(report.dimensions[0].scores[1].score, 100 - 100 * (26.0 / 6 - 1) / 4)
    }

    @Test func theComparisonCarriesTheEarlierRoundsNumbers() throws {
        let earlier = try Self.report()
        var aggregator = Aggregator(workshop: SampleWorkshop.workshop, partners: Self.session.partners)
        for submission in Self.submissions() { try aggregator.add(submission) }
        let later = GapReportBuilder(
            workshop: SampleWorkshop.workshop, workshopSHA256: "abc", session: Self.session, round: 2
        )
        .build(aggregator.finish(), comparingTo: earlier)
        let comparison = try #require(later.comparison)
        #expect(comparison.baseRound == 1 && comparison.baseAlignment == earlier.alignment)
        #expect(comparison.baseDimensionAlignment["vision"] == earlier.dimensions[0].alignment)
        #expect(comparison.baseGaps["vision-shared"] == earlier.questions[0].gaps)
    }

    @Test func aSubmissionThatDoesNotFitIsRefusedWithItsQuestion() {
        var aggregator = Aggregator(workshop: SampleWorkshop.workshop, partners: Self.session.partners)
        #expect(throws: AggregationError.unknownPartner("Initech", partners: ["Acme", "Globex"])) {
            try aggregator.add(Submission(partner: "Initech", level: .management, answers: [:]))
        }
        #expect(throws: AggregationError.answerDoesNotFit(question: "vision-shared", answer: .scale(9))) {
            try aggregator.add(Submission(partner: "Acme", level: .management, answers: ["vision-shared": .scale(9)]))
        }
        #expect(throws: AggregationError.unknownQuestion("nope")) {
            try aggregator.add(Submission(partner: "Acme", level: .management, answers: ["nope": .yesno(true)]))
        }
    }
}
