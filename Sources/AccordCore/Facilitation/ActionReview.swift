/// An agreed action as a report shows it: the action, whether its round has come, and how
/// the gaps it was meant to close moved from the round it was agreed in to the round reported.
public struct ActionReview: Sendable, Hashable {
    /// The action.
    public var action: AgreedAction
    /// Whether the report's round is the action's due round or later.
    public var isDue: Bool
    /// The related questions' gaps, then and now: the gaps the action names, else each
    /// question's headline gaps (partners overall, management vs execution overall); only
    /// gaps shown in at least one of the two reports, a hidden side `nil`.
    public var gaps: [GapMovement]
    /// The related dimension's alignment, then and now.
    public var dimension: DimensionMovement?

    /// Creates a review.
    public init(action: AgreedAction, isDue: Bool, gaps: [GapMovement], dimension: DimensionMovement? = nil) {
        self.action = action
        self.isDue = isDue
        self.gaps = gaps
        self.dimension = dimension
    }

    /// The reviews of the actions agreed up to `report`'s round, in the order agreed, with
    /// movement measured against the report of the round each action was agreed in
    /// (`agreedRoundReports[action.agreedInRound]`; `report` itself for its own round). An
    /// action whose agreed round's report is missing shows its gaps now only.
    public static func reviews(
        of actions: [AgreedAction], in report: GapReport, agreedRoundReports: [Int: GapReport]
    ) -> [ActionReview] {
        actions.filter { $0.agreedInRound <= report.round }.sorted { $0.id < $1.id }.map { action in
            let then = action.agreedInRound == report.round ? report : agreedRoundReports[action.agreedInRound]
            return ActionReview(
                action: action, isDue: report.round >= action.dueRound,
                gaps: relatedQuestions(action).flatMap { movements($0, focus: action.gaps, then: then, now: report) },
                dimension: action.dimension.map { id in
                    let title = report.dimensions.first { $0.id == id }?.title ?? id
                    return DimensionMovement(
                        id: id, title: title, thenRound: action.agreedInRound,
                        then: then?.dimensions.first { $0.id == id }?.alignment ?? nil,
                        now: report.dimensions.first { $0.id == id }?.alignment ?? nil)
                })
        }
    }

    /// The action's questions and its gaps' questions, each once.
    static func relatedQuestions(_ action: AgreedAction) -> [String] {
        var result: [String] = []
        for id in action.questionIDs + action.gaps.map(\.questionID) where !result.contains(id) { result.append(id) }
        return result
    }

    /// The movement of the gaps of a question that an action follows, shown in either report.
    static func movements(_ questionID: String, focus: [GapReference], then: GapReport?, now: GapReport)
        -> [GapMovement]
    {
        guard let question = now.questions.first(where: { $0.id == questionID }) else { return [] }
        let earlier = then?.questions.first { $0.id == questionID }?.gaps ?? []
        let named = focus.filter { $0.questionID == questionID }
        let followed = question.gaps.filter { gap in
            guard named.isEmpty else { return named.contains { $0.matches(gap) } }
            return gap.kind == .partners ? gap.from.level == nil : gap.partner == nil
        }
        return followed.compactMap { gap in
            let base = earlier.first {
                $0.kind == gap.kind && $0.partner == gap.partner && $0.from == gap.from && $0.to == gap.to
            }
            let thenGap = base.flatMap { $0.suppressed ? nil : $0 }
            let nowGap = gap.suppressed ? nil : gap
            guard thenGap?.normalizedGap != nil || nowGap?.normalizedGap != nil else { return nil }
            return GapMovement(
                questionID: questionID, prompt: question.prompt, kind: gap.kind, partner: gap.partner, from: gap.from,
                to: gap.to, thenRound: then?.round, then: thenGap?.normalizedGap, now: nowGap?.normalizedGap,
                thenMeanDifference: thenGap?.meanDifference, nowMeanDifference: nowGap?.meanDifference)
        }
    }
}

/// One gap of a question, in the round an action was agreed in and in the round reported.
public struct GapMovement: Sendable, Hashable {
    /// Which way a gap moved.
    public enum Trend: String, Sendable, Hashable {
        /// The normalised gap shrank by more than `GapMovement.tolerance`.
        case narrowed
        /// It grew by more than the tolerance.
        case widened
        /// It moved by no more than the tolerance.
        case unchanged
        /// One side is hidden or missing: no comparison.
        case unknown
    }

    /// How far the normalised gap (0–1) must move to count as narrowed or widened: 0.05,
    /// a fifth of a point on a 1–5 scale.
    public static let tolerance = 0.05

    /// The question.
    public var questionID: String
    /// The question's wording.
    public var prompt: String
    /// Partners or levels.
    public var kind: Gap.Kind
    /// For a levels gap within one partner, that partner.
    public var partner: String?
    /// The reference group.
    public var from: GroupKey
    /// The compared group.
    public var to: GroupKey
    /// The round the action was agreed in, when its report was available.
    public var thenRound: Int?
    /// The normalised gap then (0–1), `nil` when hidden or not available.
    public var then: Double?
    /// The normalised gap now (0–1), `nil` when hidden.
    public var now: Double?
    /// The mean difference then (scale, number).
    public var thenMeanDifference: Double?
    /// The mean difference now (scale, number).
    public var nowMeanDifference: Double?

    /// Creates a movement.
    public init(
        questionID: String, prompt: String, kind: Gap.Kind, partner: String?, from: GroupKey, to: GroupKey,
        thenRound: Int?, then: Double?, now: Double?, thenMeanDifference: Double? = nil,
        nowMeanDifference: Double? = nil
    ) {
        self.questionID = questionID
        self.prompt = prompt
        self.kind = kind
        self.partner = partner
        self.from = from
        self.to = to
        self.thenRound = thenRound
        self.then = then
        self.now = now
        self.thenMeanDifference = thenMeanDifference
        self.nowMeanDifference = nowMeanDifference
    }

    /// Which way the gap moved.
    public var trend: Trend {
        guard let then, let now else { return .unknown }
        if now < then - Self.tolerance { return .narrowed }
        if now > then + Self.tolerance { return .widened }
        return .unchanged
    }
}

/// A dimension's alignment in the round an action was agreed in and in the round reported.
public struct DimensionMovement: Sendable, Hashable {
    /// The dimension id.
    public var id: String
    /// Its title.
    public var title: String
    /// The round the action was agreed in.
    public var thenRound: Int
    /// The alignment then (0–100), `nil` when not available.
    public var then: Double?
    /// The alignment now (0–100), `nil` when not available.
    public var now: Double?

    /// Creates a movement.
    public init(id: String, title: String, thenRound: Int, then: Double?, now: Double?) {
        self.id = id
        self.title = title
        self.thenRound = thenRound
        self.then = then
        self.now = now
    }
}
