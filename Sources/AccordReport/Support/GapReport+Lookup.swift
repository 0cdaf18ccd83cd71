import AccordCore

/// Read-only look-ups the renderers share; they select and order, never compute statistics.
extension GapReport {
    /// Partner A, in the session's order.
    var partnerA: String { session.partners.first ?? "A" }
    /// Partner B, in the session's order.
    var partnerB: String { session.partners.count > 1 ? session.partners[1] : "B" }

    /// The questions rolled up into `dimension`, in workshop order.
    func questions(in dimension: String) -> [QuestionReport] {
        questions.filter { $0.dimension == dimension }
    }

    /// Questions that belong to no known dimension (shown after the dimensions).
    var questionsOutsideDimensions: [QuestionReport] {
        let known = Set(dimensions.map(\.id))
        return questions.filter { question in question.dimension.map { !known.contains($0) } ?? true }
    }

    /// The question with `id`.
    func question(_ id: String) -> QuestionReport? { questions.first { $0.id == id } }

    /// The dimension's score for `group`, if shown (never for a hidden group).
    func score(_ dimension: DimensionReport, _ group: GroupKey) -> Double? {
        if isHidden(group) { return nil }
        return dimension.scores.first { $0.group == group }?.score
    }

    /// Whether `group` is hidden in this report.
    func isHidden(_ group: GroupKey) -> Bool {
        groups.first { $0.group == group }?.suppressed ?? false
    }

    /// Every group that has a dimension score entry, in report order (for the heatmap).
    var scoredGroups: [GroupKey] {
        var seen: [GroupKey] = []
        for group in groups.map(\.group) where !seen.contains(group) { seen.append(group) }
        for dimension in dimensions {
            for score in dimension.scores where !seen.contains(score.group) { seen.append(score.group) }
        }
        return seen
    }

    /// The comments' question prompt, falling back to its id.
    func prompt(of questionID: String) -> String {
        question(questionID)?.prompt ?? questionID
    }

    /// The earlier round's gap matching `gap` (same kind and groups), if compared; it may be
    /// suppressed (then only that is said).
    func baseGap(for gap: Gap, in questionID: String) -> Gap? {
        comparison?.baseGaps[questionID]?.first { $0.kind == gap.kind && $0.from == gap.from && $0.to == gap.to }
    }

    /// Whether every gap of `kind` is hidden (a group it needs is too small).
    func allGapsHidden(_ kind: Gap.Kind) -> Bool {
        let gaps = questions.flatMap(\.gaps).filter { $0.kind == kind }
        return !gaps.isEmpty && gaps.allSatisfy(\.suppressed)
    }
}

extension QuestionReport {
    /// The statistics of `group`, if reported and not hidden.
    func statistics(_ group: GroupKey) -> QuestionGroupStatistics? {
        groups.first { $0.group == group && !$0.suppressed }
    }

    /// Whether gaps of this question are compared on a numeric axis (scale, number).
    var isNumeric: Bool { type == .scale || type == .number }

    /// The lowest and highest scale value, from the categories, for axes.
    var scaleRange: ClosedRange<Double>? {
        let values = categories.compactMap { Double($0.key) }
        guard type == .scale, let low = values.min(), let high = values.max(), high > low else { return nil }
        return low...high
    }

    /// The partner gap between everyone of A and everyone of B, if reported.
    var overallPartnerGap: Gap? {
        gaps.first { $0.kind == .partners && $0.from.level == nil && $0.to.level == nil }
    }

    /// The management vs execution gap over both partners, if reported.
    var overallLevelGap: Gap? {
        gaps.first { $0.kind == .levels && $0.partner == nil && $0.from.partner == nil }
    }
}
