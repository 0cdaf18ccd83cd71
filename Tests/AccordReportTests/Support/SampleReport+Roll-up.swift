import AccordCore

extension SampleReport {
    static func rank(hidden: Set<GroupKey>) -> QuestionReport {
        let options = [("markets", "Reach new markets"), ("cost", "Cut cost"), ("customers", "Serve customers")]
        let cellRanks: [[Double]] = [[1.4, 2.4, 2.2], [1.6, 2.6, 1.8], [1.5, 1.75, 2.75], [2.6, 1.3, 2.1]]
        func ranks(_ group: GroupKey) -> [Double] {
            let parts = members(group)
            let total = Double(parts.map { cellSizes[$0] }.reduce(0, +))
            return (0..<3).map { option in parts.map { cellRanks[$0][option] * Double(cellSizes[$0]) }.reduce(0, +) / total }
        }
        let stats = groups.map { group -> QuestionGroupStatistics in
            if hidden.contains(group) { return .suppressed(group) }
            return QuestionGroupStatistics(
                group: group, suppressed: false, n: members(group).map { cellSizes[$0] }.reduce(0, +), dontKnow: 0,
                preferNotToSay: 0, meanRanks: Dictionary(uniqueKeysWithValues: zip(options.map(\.0), ranks(group))))
        }
        let gaps = gapPairs.map { kind, partner, from, to -> Gap in
            if hidden.contains(from) || hidden.contains(to) {
                return Gap(kind: kind, partner: partner, from: from, to: to, suppressed: true)
            }
            let tau = kendallTau(ranks(from), ranks(to))
            return Gap(kind: kind, partner: partner, from: from, to: to, suppressed: false, kendallTau: tau,
                       normalizedGap: (1 - tau) / 2, magnitude: EffectMagnitude(distance: (1 - tau) / 2))
        }
        return QuestionReport(
            id: "priorities", type: .rank, dimension: "vision", section: "goals",
            prompt: "Rank the partnership's priorities.", reverse: false,
            categories: options.map { AnswerCategory(key: $0.0, label: $0.1) }, groups: stats, gaps: gaps,
            understandingGaps: [])
    }

    static func kendallTau(_ a: [Double], _ b: [Double]) -> Double {
        var concordant = 0, discordant = 0
        for i in a.indices { for j in a.indices where j > i {
            let s = (a[i] - a[j]) * (b[i] - b[j])
            if s > 0 { concordant += 1 } else if s < 0 { discordant += 1 }
        } }
        return Double(concordant - discordant) / Double(concordant + discordant)
    }

    /// Dimension scores and alignment as statistics.md defines them.
    static func dimension(_ id: String, _ title: String, questions: [QuestionReport], hidden: Set<GroupKey>) -> DimensionReport {
        let mine = questions.filter { $0.dimension == id }
        let scales = mine.filter { $0.type == .scale }
        let scores = groups.map { group -> DimensionScore in
            let values = scales.compactMap { question -> Double? in
                guard let mean = question.groups.first(where: { $0.group == group })?.mean else { return nil }
                let score = 100 * (mean - 1) / 4
                return question.reverse ? 100 - score : score
            }
            return DimensionScore(group: group, score: values.isEmpty ? nil : values.reduce(0, +) / Double(values.count))
        }
        let partnerGaps = mine.compactMap { question in
            question.gaps.first { $0.kind == .partners && $0.from.level == nil && !$0.suppressed }?.normalizedGap
        }
        let alignment = partnerGaps.isEmpty ? nil : 100 * (1 - partnerGaps.reduce(0, +) / Double(partnerGaps.count))
        return DimensionReport(id: id, title: title, alignment: alignment, scores: scores)
    }
}
