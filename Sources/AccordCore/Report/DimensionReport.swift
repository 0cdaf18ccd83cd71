/// One dimension's roll-up: its alignment index and each group's score.
public struct DimensionReport: Sendable, Hashable {
    /// The dimension id.
    public var id: String
    /// The title in the workshop's language.
    public var title: String
    /// 100 × (1 − mean normalised partner gap), or `nil` when no question has a shown gap.
    public var alignment: Double?
    /// Per group, the 0–100 dimension score (`nil` when suppressed or no scale question).
    public var scores: [DimensionScore]

    /// Creates a dimension report.
    public init(id: String, title: String, alignment: Double?, scores: [DimensionScore]) {
        self.id = id
        self.title = title
        self.alignment = alignment
        self.scores = scores
    }
}

/// A group's 0–100 score on one dimension (for the heatmap and the radar).
public struct DimensionScore: Sendable, Hashable {
    /// The group.
    public var group: GroupKey
    /// The score, or `nil` when suppressed or not computable.
    public var score: Double?

    /// Creates a score.
    public init(group: GroupKey, score: Double?) {
        self.group = group
        self.score = score
    }
}

/// Free-text answers to one question that may be shown, at the coarsest group that meets
/// `minGroupSizeForText`, shuffled, without dates, with contact details masked.
public struct CommentGroup: Sendable, Hashable {
    /// The text question.
    public var questionID: String
    /// The group the comments are shown for (often everyone).
    public var group: GroupKey
    /// The comments, shuffled and masked.
    public var comments: [String]

    /// Creates a comment group.
    public init(questionID: String, group: GroupKey, comments: [String]) {
        self.questionID = questionID
        self.group = group
        self.comments = comments
    }
}

/// How a report moved since an earlier round.
public struct RoundComparison: Sendable, Hashable {
    /// The earlier round.
    public var baseRound: Int
    /// The earlier round's alignment index.
    public var baseAlignment: Double?
    /// Per dimension id, the earlier round's alignment.
    public var baseDimensionAlignment: [String: Double?]
    /// Per question id, the earlier round's gaps, keyed like the current ones.
    public var baseGaps: [String: [Gap]]

    /// Creates a comparison.
    public init(
        baseRound: Int, baseAlignment: Double?, baseDimensionAlignment: [String: Double?], baseGaps: [String: [Gap]]
    ) {
        self.baseRound = baseRound
        self.baseAlignment = baseAlignment
        self.baseDimensionAlignment = baseDimensionAlignment
        self.baseGaps = baseGaps
    }
}
