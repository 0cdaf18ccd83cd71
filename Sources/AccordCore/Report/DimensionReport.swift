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
    /// Per group, Cronbach's α of the dimension's scale questions (`nil` when hidden or not
    /// applicable).
    public var consistency: [DimensionConsistency] = []
    /// Per driver group (everyone, each partner), how strongly the dimension moves with the
    /// outcome; empty when the workshop has no outcome question.
    public var drivers: [DriverStrength] = []

    /// Creates a dimension report.
    public init(id: String, title: String, alignment: Double?, scores: [DimensionScore]) {
        self.id = id
        self.title = title
        self.alignment = alignment
        self.scores = scores
    }
}

/// Cronbach's α of a dimension in one group (`statistics.md`, internal consistency).
public struct DimensionConsistency: Sendable, Hashable {
    /// The level below which the report warns that the questions may not measure one thing.
    public static let warningLevel = 0.70

    /// The group.
    public var group: GroupKey
    /// α, or `nil` when the group is hidden, has fewer than `minGroupSize` complete
    /// submissions, fewer than 2 scale questions, or no variance.
    public var alpha: Double?

    /// Creates an α entry.
    public init(group: GroupKey, alpha: Double?) {
        self.group = group
        self.alpha = alpha
    }

    /// Whether α is below .70: the dimension's questions may not measure one thing.
    public var isLow: Bool { alpha.map { $0 < Self.warningLevel } ?? false }
}

/// How strongly a dimension moves with the outcome in one group: Pearson's r of the
/// per-submission dimension score against the outcome answer, with its Fisher-z interval.
public struct DriverStrength: Sendable, Hashable {
    /// The group (everyone or a partner).
    public var group: GroupKey
    /// The group's 0–100 dimension score (the chart's x), `nil` when hidden.
    public var score: Double?
    /// Pearson's r, `nil` below max(minGroupSize, 10) pairs, without variance, or hidden.
    public var r: Double?
    /// The lower end of the 95 % interval.
    public var ciLow: Double?
    /// The upper end of the 95 % interval.
    public var ciHigh: Double?

    /// Creates a driver strength.
    public init(group: GroupKey, score: Double?, r: Double?, ciLow: Double? = nil, ciHigh: Double? = nil) {
        self.group = group
        self.score = score
        self.r = r
        self.ciLow = ciLow
        self.ciHigh = ciHigh
    }

    /// The fewest pairs a driver strength is shown for: fewer says nothing and links answers.
    public static func minimumPairs(minGroupSize: Int) -> Int { max(minGroupSize, 10) }

    /// Scores below this count as low on the driver chart ("act here first" with r ≥ .30).
    public static let lowScore = 60.0
    /// Correlations at or above this count as strong drivers on the chart.
    public static let strongR = 0.30

    /// A strong driver with a low score: where to act first.
    public var isActHereFirst: Bool {
        guard let r, let score else { return false }
        return r >= Self.strongR && score < Self.lowScore
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
    /// The comments, shuffled and masked: all of them, or a seeded uniform random sample of
    /// `total` (`CommentReservoir`) in a large round.
    public var comments: [String]
    /// How many comments the group wrote to the question; more than `comments.count` when
    /// the report shows a sample.
    public var total: Int

    /// Whether `comments` is a sample of more.
    public var isSample: Bool { total > comments.count }

    /// Creates a comment group; `total` defaults to every comment shown.
    public init(questionID: String, group: GroupKey, comments: [String], total: Int? = nil) {
        self.questionID = questionID
        self.group = group
        self.comments = comments
        self.total = total ?? comments.count
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
    /// Per question id, per current gap (same order as the question's `gaps`), the change of
    /// its mean difference since the earlier round; `nil` where either round has no mean
    /// difference or standard error (hidden, n < 2, not a scale or number question).
    public var changes: [String: [GapChange?]] = [:]
    /// Per dimension id, how many of its questions' gaps moved beyond noise.
    public var dimensionMoves: [String: Int] = [:]

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
