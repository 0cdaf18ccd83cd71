import AccordCore

extension SampleReport {
    static func scale(
        _ id: String, _ prompt: String, _ dimension: String, _ cellCounts: [[Int]], reverse: Bool = false,
        hidden: Set<GroupKey>, understanding: Bool = false
    ) -> QuestionReport {
        func counts(_ group: GroupKey) -> [Int] { members(group).map { cellCounts[$0] }.reduce([0, 0, 0, 0, 0], F.add) }
        let stats = groups.map { group -> QuestionGroupStatistics in
            if hidden.contains(group) { return .suppressed(group) }
            let c = counts(group), xs = F.expand(c), m = F.mean(xs)
            return QuestionGroupStatistics(
                group: group, suppressed: false, n: xs.count, dontKnow: group == .everyone ? 1 : 0, preferNotToSay: 0,
                mean: m, sd: F.variance(xs).map { $0.squareRoot() }, median: F.median(xs), rwg: F.rwg(xs, points: 5),
                adm: xs.map { abs($0 - m) }.reduce(0, +) / Double(xs.count),
                counts: Dictionary(uniqueKeysWithValues: c.enumerated().map { ("\($0.offset + 1)", $0.element) }))
        }
        let gaps = gapPairs.map { kind, partner, from, to -> Gap in
            if hidden.contains(from) || hidden.contains(to) {
                return Gap(kind: kind, partner: partner, from: from, to: to, suppressed: true)
            }
            let (cf, ct) = (counts(from), counts(to))
            let (x, y) = (F.expand(cf), F.expand(ct))
            let delta = F.cliffsDelta(from: x, to: y)
            let rwgs = [F.rwg(x, points: 5), F.rwg(y, points: 5)].compactMap { $0 }
            var gap = Gap(
                kind: kind, partner: partner, from: from, to: to, suppressed: false,
                meanDifference: F.mean(y) - F.mean(x), cliffsDelta: delta, emd: F.emd(cf, ct), tvd: F.tvd(cf, ct),
                pValue: F.pValue(from: x, to: y), minimumPValue: x.count + y.count < 10 ? 0.079 : 0.0001,
                normalizedGap: abs(F.mean(y) - F.mean(x)) / 4, dispersed: rwgs.contains { $0 < 0.5 },
                magnitude: EffectMagnitude(cliffsDelta: delta))
            let (fromValues, toValues) = (ValueCounts(answers: x), ValueCounts(answers: y))
            let interval = IntervalStatistics.welchInterval(from: fromValues, to: toValues)
            (gap.ciLow, gap.ciHigh) = (interval?.low, interval?.high)
            gap.standardError = IntervalStatistics.welchStandardError(from: fromValues, to: toValues)
            return gap
        }
        var understandingGaps: [UnderstandingGap] = []
        if understanding {
            let aboutGlobex = F.mean(F.expand(counts(GroupKey(partner: globex))))
            let aboutAcme = F.mean(F.expand(counts(GroupKey(partner: acme))))
            understandingGaps = [
                UnderstandingGap(predictingPartner: acme, aboutPartner: globex, suppressed: false,
                                 predictedMean: 3.9, actualMean: aboutGlobex, gap: 3.9 - aboutGlobex),
                UnderstandingGap(predictingPartner: globex, aboutPartner: acme, suppressed: false,
                                 predictedMean: 3.0, actualMean: aboutAcme, gap: 3.0 - aboutAcme),
            ]
        }
        return QuestionReport(
            id: id, type: .scale, dimension: dimension, section: dimension, prompt: prompt, reverse: reverse,
            categories: agree5, groups: stats, gaps: gaps, understandingGaps: understandingGaps)
    }

    /// Months to results: Globex management gave two answers, so every cell is hidden here.
    static func number() -> QuestionReport {
        let values: [[Double]] = [[6, 9, 12, 12, 12], [12, 12, 18, 12, 9, 24, 12, 18, 12], [6, 9], [24, 18, 36, 24, 18, 24, 30]]
        let hidden = Set(cells)
        func xs(_ group: GroupKey) -> [Double] { members(group).flatMap { values[$0] } }
        let stats = groups.map { group -> QuestionGroupStatistics in
            if hidden.contains(group) { return .suppressed(group) }
            let v = xs(group), m = F.mean(v)
            return QuestionGroupStatistics(
                group: group, suppressed: false, n: v.count, dontKnow: 0, preferNotToSay: 0, mean: m,
                sd: F.variance(v).map { $0.squareRoot() }, median: F.median(v),
                adm: v.map { abs($0 - m) }.reduce(0, +) / Double(v.count))
        }
        let gaps = gapPairs.map { kind, partner, from, to -> Gap in
            if hidden.contains(from) || hidden.contains(to) {
                return Gap(kind: kind, partner: partner, from: from, to: to, suppressed: true)
            }
            let (x, y) = (xs(from), xs(to))
            let delta = F.cliffsDelta(from: x, to: y)
            return Gap(
                kind: kind, partner: partner, from: from, to: to, suppressed: false,
                meanDifference: F.mean(y) - F.mean(x), cliffsDelta: delta, pValue: nil,
                normalizedGap: abs(F.median(y) - F.median(x)) / 60, magnitude: EffectMagnitude(cliffsDelta: delta))
        }
        return QuestionReport(
            id: "months-to-results", type: .number, dimension: "timelines", section: "timelines",
            prompt: "How many months until the partnership shows results?", reverse: false, categories: [],
            groups: stats, gaps: gaps, understandingGaps: [])
    }

    static func choice(hidden: Set<GroupKey>) -> QuestionReport {
        let options = [("new-markets", "New markets"), ("cost", "Lower cost"), ("innovation", "Innovation")]
        let cellCounts = [[3, 1, 1], [6, 2, 1], [0, 3, 1], [1, 5, 1]]
        return categorical(
            "top-goal", .choice, "What is the partnership's main goal?", "vision", options, hidden: hidden
        ) { group in members(group).map { cellCounts[$0] }.reduce([0, 0, 0], F.add) }
    }

    static func multi(hidden: Set<GroupKey>) -> QuestionReport {
        let options = [("revenue", "Revenue"), ("cost", "Cost savings"), ("customers", "Customer satisfaction")]
        let cellCounts = [[4, 2, 3], [5, 3, 8], [1, 4, 2], [2, 6, 3]]
        return categorical(
            "kpis", .multi, "Which results matter most? (pick up to two)", nil, options, hidden: hidden
        ) { group in members(group).map { cellCounts[$0] }.reduce([0, 0, 0], F.add) }
    }

    static func categorical(
        _ id: String, _ type: QuestionType, _ prompt: String, _ dimension: String?, _ options: [(String, String)],
        hidden: Set<GroupKey>, counts: (GroupKey) -> [Int]
    ) -> QuestionReport {
        func size(_ group: GroupKey) -> Int { members(group).map { cellSizes[$0] }.reduce(0, +) }
        func rates(_ group: GroupKey) -> [Double] { counts(group).map { Double($0) / Double(size(group)) } }
        let stats = groups.map { group -> QuestionGroupStatistics in
            if hidden.contains(group) { return .suppressed(group) }
            let c = counts(group)
            let keyed = Dictionary(uniqueKeysWithValues: zip(options.map(\.0), c))
            return QuestionGroupStatistics(
                group: group, suppressed: false, n: type == .multi ? size(group) : c.reduce(0, +), dontKnow: 0,
                preferNotToSay: 0, counts: keyed,
                selectionRates: type == .multi ? Dictionary(uniqueKeysWithValues: zip(options.map(\.0), rates(group))) : nil)
        }
        let gaps = gapPairs.map { kind, partner, from, to -> Gap in
            if hidden.contains(from) || hidden.contains(to) {
                return Gap(kind: kind, partner: partner, from: from, to: to, suppressed: true)
            }
            if type == .multi {
                let differences = zip(rates(from), rates(to)).map { $1 - $0 }
                let mean = differences.map(abs).reduce(0, +) / Double(differences.count)
                return Gap(
                    kind: kind, partner: partner, from: from, to: to, suppressed: false, tvd: mean,
                    rateDifferences: Dictionary(uniqueKeysWithValues: zip(options.map(\.0), differences)), normalizedGap: mean,
                    magnitude: EffectMagnitude(distance: mean))
            }
            let tvd = F.tvd(counts(from), counts(to))
            return Gap(kind: kind, partner: partner, from: from, to: to, suppressed: false, tvd: tvd, normalizedGap: tvd,
                          magnitude: EffectMagnitude(distance: tvd))
        }
        return QuestionReport(
            id: id, type: type, dimension: dimension, section: "goals", prompt: prompt, reverse: false,
            categories: options.map { AnswerCategory(key: $0.0, label: $0.1) }, groups: stats, gaps: gaps,
            understandingGaps: [])
    }
}
