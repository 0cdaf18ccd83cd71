extension GapReportBuilder {
    /// Per dimension, in workshop order: each group's 0–100 score and the alignment index.
    func dimensionReports(questions: [QuestionReport], groups: [GroupKey]) -> [DimensionReport] {
        workshop.dimensions.map { dimension in
            let members = questions.filter { $0.dimension == dimension.id }
            return DimensionReport(
                id: dimension.id,
                title: dimension.title.text(in: textLanguage),
                alignment: alignment(of: members),
                scores: groups.map { DimensionScore(group: $0, score: score(of: members, group: $0)) })
        }
    }

    /// The mean, over the dimension's scale questions the group shows a mean for, of
    /// 100 × (mean − min) / (max − min), a reverse-worded question flipped to 100 − that.
    /// `nil` when there is none (or the group is hidden).
    func score(of questions: [QuestionReport], group: GroupKey) -> Double? {
        var total = 0.0
        var count = 0
        for report in questions {
            guard case .scale(let scale)? = workshop.question(report.id)?.kind, scale.max > scale.min,
                let mean = report.groups.first(where: { $0.group == group })?.mean
            else { continue }
            let position = 100 * (mean - Double(scale.min)) / Double(scale.max - scale.min)
            total += report.reverse ? 100 - position : position
            count += 1
        }
        return count == 0 ? nil : total / Double(count)
    }

    /// 100 × (1 − mean g) over the questions whose partner gap (everyone) is shown and has a
    /// normalised gap g; `nil` when there is none.
    func alignment(of questions: [QuestionReport]) -> Double? {
        let partnerA = GroupKey(partner: session.partners[0])
        let gaps = questions.compactMap { report in
            report.gaps.first { $0.kind == .partners && $0.from == partnerA && !$0.suppressed }?.normalizedGap
        }
        return gaps.isEmpty ? nil : 100 * (1 - gaps.reduce(0, +) / Double(gaps.count))
    }
}
