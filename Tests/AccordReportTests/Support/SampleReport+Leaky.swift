import AccordCore

extension SampleReport {
    /// Distinctive numbers planted in every hidden place of `smallCell`: a renderer that
    /// shows any of them has shown a suppressed value.
    enum Sentinel {
        static let n = 9731, dontKnow = 9732, preferNotToSay = 9733, count = 9734, groupSize = 9735
        static let mean = 8642.97, sd = 7531.86, median = 6420.75, rwg = 0.987654, adm = 5319.64
        static let rate = 0.97531, meanRank = 97.5312, difference = 5432.1, delta = 0.8765, score = 87.654
        static let predicted = 6789.5

        /// Text that any format would contain if it showed a planted value.
        static let traces = [
            "9731", "9732", "9733", "9734", "9735", "8642", "7531", "6420", "987654", "5319", "97531", "98%", "98 %",
            "97.5", "5432", "8765", "87.654", "6789",
        ]
    }

    /// `smallCell` with numbers planted in hidden groups, hidden gaps and hidden scores, as a
    /// careless builder might leave them.
    static var leaky: GapReport {
        var report = smallCell
        let hidden = Set(report.groups.filter(\.suppressed).map(\.group))
        report.groups = report.groups.map { summary in
            var summary = summary
            if summary.suppressed { summary.n = Sentinel.groupSize }
            return summary
        }
        report.questions = report.questions.map { question in
            var question = question
            question.groups = question.groups.map { group in
                guard group.suppressed else { return group }
                let keys = question.categories.map(\.key)
                return QuestionGroupStatistics(
                    group: group.group, suppressed: true, n: Sentinel.n, dontKnow: Sentinel.dontKnow,
                    preferNotToSay: Sentinel.preferNotToSay, mean: Sentinel.mean, sd: Sentinel.sd, median: Sentinel.median,
                    rwg: Sentinel.rwg, adm: Sentinel.adm,
                    counts: Dictionary(uniqueKeysWithValues: keys.map { ($0, Sentinel.count) }),
                    selectionRates: Dictionary(uniqueKeysWithValues: keys.map { ($0, Sentinel.rate) }),
                    meanRanks: Dictionary(uniqueKeysWithValues: keys.map { ($0, Sentinel.meanRank) }))
            }
            question.gaps = question.gaps.map { gap in
                guard gap.suppressed else { return gap }
                return Gap(
                    kind: gap.kind, partner: gap.partner, from: gap.from, to: gap.to, suppressed: true,
                    meanDifference: Sentinel.difference, cliffsDelta: Sentinel.delta, emd: Sentinel.rate, tvd: Sentinel.rate,
                    rateDifferences: ["revenue": Sentinel.rate], kendallTau: Sentinel.delta, pValue: Sentinel.rwg,
                    minimumPValue: Sentinel.rwg, normalizedGap: Sentinel.rate, dispersed: true, magnitude: .large)
            }
            question.understandingGaps = question.understandingGaps.map { gap in
                UnderstandingGap(predictingPartner: gap.predictingPartner, aboutPartner: gap.aboutPartner, suppressed: true,
                                 predictedMean: Sentinel.predicted, actualMean: Sentinel.predicted, gap: Sentinel.predicted)
            }
            return question
        }
        report.dimensions = report.dimensions.map { dimension in
            var dimension = dimension
            dimension.scores = dimension.scores.map { hidden.contains($0.group) ? DimensionScore(group: $0.group, score: Sentinel.score) : $0 }
            dimension.consistency = dimension.consistency.map {
                hidden.contains($0.group) ? DimensionConsistency(group: $0.group, alpha: Sentinel.rwg) : $0
            }
            dimension.drivers = dimension.drivers.map {
                hidden.contains($0.group)
                    ? DriverStrength(group: $0.group, score: Sentinel.score, r: Sentinel.delta, ciLow: Sentinel.delta,
                                     ciHigh: Sentinel.delta) : $0
            }
            return dimension
        }
        return report
    }
}
