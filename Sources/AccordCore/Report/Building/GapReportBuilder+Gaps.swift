extension GapReportBuilder {
    /// One comparison the report makes: its kind, the partner it is within, its two groups.
    struct GapPair {
        var kind: Gap.Kind
        var partner: String?
        var from: GroupKey
        var to: GroupKey
    }

    /// Partners (everyone, then within each level), then levels (everyone, then within each
    /// partner); `from` is partner A or management.
    func gapPairs() -> [GapPair] {
        let (a, b) = (session.partners[0], session.partners[1])
        var pairs = [GapPair(kind: .partners, from: GroupKey(partner: a), to: GroupKey(partner: b))]
        for level in Level.allCases {
            pairs.append(
                GapPair(
                    kind: .partners, from: GroupKey(partner: a, level: level), to: GroupKey(partner: b, level: level)))
        }
        pairs.append(GapPair(kind: .levels, from: GroupKey(level: .management), to: GroupKey(level: .execution)))
        for partner in session.partners {
            pairs.append(
                GapPair(
                    kind: .levels, partner: partner, from: GroupKey(partner: partner, level: .management),
                    to: GroupKey(partner: partner, level: .execution)))
        }
        return pairs
    }

    /// The gap between a pair's groups on one question; suppressed, with every statistic
    /// `nil`, when either group is hidden (`tallies` holds shown groups only).
    func gap(
        _ question: Question, pair: GapPair, tallies: [GroupKey: QuestionTally],
        statistics: [GroupKey: QuestionGroupStatistics]
    ) -> Gap {
        var gap = Gap(kind: pair.kind, partner: pair.partner, from: pair.from, to: pair.to, suppressed: true)
        guard let from = tallies[pair.from], let to = tallies[pair.to] else { return gap }
        gap.suppressed = false
        switch question.kind {
        case .scale(let scale):
            let fromValues = ValueCounts(scaleMin: scale.min, counts: from.categories)
            let toValues = ValueCounts(scaleMin: scale.min, counts: to.categories)
            setLocation(&gap, from: fromValues, to: toValues)
            gap.emd = GapStatistics.emd(from: from.categories, to: to.categories)
            gap.tvd = GapStatistics.tvd(from: from.categories, to: to.categories)
            gap.pValue = PermutationTest.pValue(from: fromValues, to: toValues)
            gap.minimumPValue = PermutationTest.minimumPValue(fromN: from.answered, toN: to.answered)
            if let difference = gap.meanDifference, scale.max > scale.min {
                gap.normalizedGap = abs(difference) / Double(scale.max - scale.min)
            }
            gap.dispersed = [pair.from, pair.to].contains { (statistics[$0]?.rwg).map { $0 < 0.5 } ?? false }
        case .number(let range):
            let fromValues = ValueCounts(from.numbers)
            let toValues = ValueCounts(to.numbers)
            setLocation(&gap, from: fromValues, to: toValues)
            if let low = range.min, let high = range.max, high > low,
                let fromMedian = fromValues.median, let toMedian = toValues.median
            {
                gap.normalizedGap = abs(toMedian - fromMedian) / (high - low)
            }
        case .choice, .yesno:
            gap.tvd = GapStatistics.tvd(from: from.categories, to: to.categories)
            gap.normalizedGap = gap.tvd
        case .multi(let options, _, _):
            if let differences = GapStatistics.rateDifferences(
                from: from.categories, fromAnswers: from.answered, to: to.categories, toAnswers: to.answered)
            {
                gap.rateDifferences = Dictionary(uniqueKeysWithValues: zip(options.map(\.id), differences))
                gap.tvd = GapStatistics.meanAbsolute(differences)
                gap.normalizedGap = gap.tvd
            }
        case .rank(let options):
            guard from.answered > 0, to.answered > 0 else { break }
            // Mean ranks as numpy computes them: position sums over the same count.
            let meanRanks = { (tally: QuestionTally) in
                Self.rankSums(tally, options: options.count).map { Double($0) / Double(tally.answered) }
            }
            gap.kendallTau = GapStatistics.kendallTauB(meanRanks(from), meanRanks(to))
            gap.normalizedGap = gap.kendallTau.map { (1 - $0) / 2 }
        case .text:
            break
        }
        if gap.magnitude == nil, question.type != .scale, question.type != .number {
            // Choice, yes/no, multi, rank: the band of the normalised gap (statistics.md, "Magnitude").
            gap.magnitude = gap.normalizedGap.map(EffectMagnitude.init(distance:))
        }
        return gap
    }

    /// Mean difference with its Welch interval and standard error, Cliff's delta and its band
    /// (scale, number).
    private func setLocation(_ gap: inout Gap, from: ValueCounts, to: ValueCounts) {
        gap.meanDifference = GapStatistics.meanDifference(from: from, to: to)
        gap.standardError = IntervalStatistics.welchStandardError(from: from, to: to)
        let interval = IntervalStatistics.welchInterval(from: from, to: to)
        gap.ciLow = interval?.low
        gap.ciHigh = interval?.high
        gap.cliffsDelta = GapStatistics.cliffsDelta(from: from, to: to)
        gap.magnitude = gap.cliffsDelta.map(EffectMagnitude.init(cliffsDelta:))
    }
}
