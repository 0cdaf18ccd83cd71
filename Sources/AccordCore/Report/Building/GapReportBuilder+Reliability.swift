extension GapReportBuilder {
    /// Gives every shown gap with a pValue its Benjamini–Hochberg q-value over the family of
    /// all of them (every question, every comparison) and returns the family's size.
    public static func assignQValues(_ questions: inout [QuestionReport]) -> Int {
        var places: [(question: Int, gap: Int)] = []
        var pValues: [Double] = []
        for (q, question) in questions.enumerated() {
            for (g, gap) in question.gaps.enumerated() where !gap.suppressed {
                guard let p = gap.pValue else { continue }
                places.append((q, g))
                pValues.append(p)
            }
        }
        for (place, q) in zip(places, FalseDiscoveryRate.qValues(pValues)) {
            questions[place.question].gaps[place.gap].qValue = q
        }
        return pValues.count
    }

    /// The groups a driver section is shown for: everyone, then each partner.
    func driverGroups() -> [GroupKey] {
        [.everyone] + session.partners.map { GroupKey(partner: $0) }
    }

    /// Each dimension's α per group and, with an outcome question, its driver strength per
    /// driver group. Both obey the anonymity rules like every other statistic: a group hidden
    /// by `disclosure` shows neither, and the rules are applied again to the submissions each
    /// number rests on (complete submissions for α, score–outcome pairs for drivers, the
    /// latter at max(minGroupSize, 10)), so complementary suppression holds for them too.
    ///
    /// Both are joint statistics of several answers of one submission, so they are shown only
    /// for a group whose every cell is shown too (`jointlyShown`): otherwise a cell hidden for
    /// its few answers would still feed, say, everyone's α, and α pairs each answer with the
    /// same person's other answers, which no swap of one answer between two people keeps
    /// (PerQuestionAttackTests).
    func addConsistencyAndDrivers(to dimensions: inout [DimensionReport], aggregate: Aggregate, disclosure: Disclosure) {
        let groups = Disclosure.groups(partners: session.partners)
        let minimum = workshop.anonymity.minGroupSize
        let pairsMinimum = DriverStrength.minimumPairs(minGroupSize: minimum)
        let hasOutcome = aggregate.dimensionLayout.outcome != nil
        for index in dimensions.indices {
            let complete = disclosure.refined { aggregate.consistency(dimension: index, in: $0).count }
            dimensions[index].consistency = groups.map { group in
                guard Self.jointlyShown(group, complete, aggregate) else {
                    return DimensionConsistency(group: group, alpha: nil)
                }
                return DimensionConsistency(
                    group: group, alpha: aggregate.consistency(dimension: index, in: group).alpha(minimum: minimum))
            }
            guard hasOutcome else { continue }
            let pairs = { (group: GroupKey) in aggregate.driver(dimension: index, in: group).n }
            let paired = disclosure.refined(minimum: pairsMinimum, answers: pairs)
            let cellsPaired = disclosure.refined(answers: pairs)
            dimensions[index].drivers = driverGroups().map { group in
                guard paired.isShown(group), Self.jointlyShown(group, cellsPaired, aggregate) else {
                    return DriverStrength(group: group, score: nil, r: nil)
                }
                let score = dimensions[index].scores.first { $0.group == group }?.score
                guard let result = aggregate.driver(dimension: index, in: group).correlation(minimum: pairsMinimum)
                else { return DriverStrength(group: group, score: score, r: nil) }
                return DriverStrength(
                    group: group, score: score, r: result.r, ciLow: result.ciLow, ciHigh: result.ciHigh)
            }
        }
    }
}

extension GapReportBuilder {
    /// Whether `disclosure` shows the group and every partner × level cell it is made of.
    static func jointlyShown(_ group: GroupKey, _ disclosure: Disclosure, _ aggregate: Aggregate) -> Bool {
        disclosure.isShown(group)
            && aggregate.cells(of: group).allSatisfy { cell in
                disclosure.isShown(GroupKey(partner: aggregate.partners[cell / 2], level: cell % 2 == 0 ? .management : .execution))
            }
    }
}

extension RoundComparison {
    /// Fills `changes` and `dimensionMoves` from the current report: each gap's change of
    /// mean difference against the earlier round's same comparison, and per dimension the
    /// number of questions whose partner gap (everyone) moved beyond noise.
    public mutating func addChanges(of report: GapReport) {
        let partnerA = GroupKey(partner: report.session.partners.first)
        for question in report.questions {
            let base = baseGaps[question.id] ?? []
            let questionChanges = question.gaps.map { gap -> GapChange? in
                guard !gap.suppressed, let now = gap.meanDifference, let nowSE = gap.standardError,
                    let before = base.first(where: { $0.isSameComparison(as: gap) && !$0.suppressed }),
                    let then = before.meanDifference, let thenSE = before.standardError
                else { return nil }
                return IntervalStatistics.change(now: now, nowSE: nowSE, before: then, beforeSE: thenSE)
            }
            changes[question.id] = questionChanges
            guard let dimension = question.dimension else { continue }
            let moved = zip(question.gaps, questionChanges).contains { gap, change in
                gap.kind == .partners && gap.from == partnerA && change.map { !$0.withinNoise } == true
            }
            dimensionMoves[dimension, default: 0] += moved ? 1 : 0
        }
    }
}
