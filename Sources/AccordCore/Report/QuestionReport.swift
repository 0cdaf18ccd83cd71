/// Everything the report shows about one question.
public struct QuestionReport: Sendable, Hashable {
    /// The question id.
    public var id: String
    /// The question type.
    public var type: QuestionType
    /// The dimension the question rolls up into, if any.
    public var dimension: String?
    /// The section (phase) the question is in.
    public var section: String
    /// The question's wording, in the workshop's language.
    public var prompt: String
    /// Whether the question is reverse-worded.
    public var reverse: Bool
    /// The answer categories in display order (scale points, options, yes/no), with labels.
    public var categories: [AnswerCategory]
    /// Statistics per group, everyone first.
    public var groups: [QuestionGroupStatistics]
    /// Gaps between groups: partners (overall, within each level), levels (overall, within
    /// each partner).
    public var gaps: [Gap]
    /// For prediction questions: what each partner thinks the other answers, beside the truth.
    public var understandingGaps: [UnderstandingGap]

    /// Creates a question report.
    public init(
        id: String, type: QuestionType, dimension: String?, section: String, prompt: String, reverse: Bool,
        categories: [AnswerCategory], groups: [QuestionGroupStatistics], gaps: [Gap],
        understandingGaps: [UnderstandingGap]
    ) {
        self.id = id
        self.type = type
        self.dimension = dimension
        self.section = section
        self.prompt = prompt
        self.reverse = reverse
        self.categories = categories
        self.groups = groups
        self.gaps = gaps
        self.understandingGaps = understandingGaps
    }
}

/// One answer category of a question, as counted: a scale point, an option, yes or no.
public struct AnswerCategory: Sendable, Hashable {
    /// The key used in `counts`: the scale value (`"4"`), the option id, `"yes"`/`"no"`.
    public var key: String
    /// The label shown to readers.
    public var label: String

    /// Creates a category.
    public init(key: String, label: String) {
        self.key = key
        self.label = label
    }
}

/// One group's answers to one question. Every statistic is `nil` when it does not apply to
/// the question type, when it is undefined (sd of one answer), or when the group is suppressed.
public struct QuestionGroupStatistics: Sendable, Hashable {
    /// The group.
    public var group: GroupKey
    /// Whether the group is hidden (then every other field is `nil`).
    public var suppressed: Bool
    /// Real answers (not "don't know", not "prefer not to say").
    public var n: Int?
    /// "Don't know" answers.
    public var dontKnow: Int?
    /// "Prefer not to say" answers.
    public var preferNotToSay: Int?
    /// Mean (scale, number).
    public var mean: Double?
    /// Sample standard deviation (scale, number); `nil` when n < 2.
    public var sd: Double?
    /// Median (scale, number).
    public var median: Double?
    /// Within-group agreement rwg (scale); `nil` when n < 2.
    public var rwg: Double?
    /// Mean absolute deviation around the mean (scale, number).
    public var adm: Double?
    /// Answers per category key, zeros included (scale, choice, yesno, multi selections).
    public var counts: [String: Int]?
    /// Selection rate per option (multi).
    public var selectionRates: [String: Double]?
    /// Mean rank per option, 1 = most important (rank).
    public var meanRanks: [String: Double]?

    /// Creates a group's statistics.
    public init(
        group: GroupKey, suppressed: Bool, n: Int? = nil, dontKnow: Int? = nil, preferNotToSay: Int? = nil,
        mean: Double? = nil, sd: Double? = nil, median: Double? = nil, rwg: Double? = nil, adm: Double? = nil,
        counts: [String: Int]? = nil, selectionRates: [String: Double]? = nil, meanRanks: [String: Double]? = nil
    ) {
        self.group = group
        self.suppressed = suppressed
        self.n = n
        self.dontKnow = dontKnow
        self.preferNotToSay = preferNotToSay
        self.mean = mean
        self.sd = sd
        self.median = median
        self.rwg = rwg
        self.adm = adm
        self.counts = counts
        self.selectionRates = selectionRates
        self.meanRanks = meanRanks
    }

    /// A suppressed group: nothing but its key.
    public static func suppressed(_ group: GroupKey) -> QuestionGroupStatistics {
        QuestionGroupStatistics(group: group, suppressed: true)
    }
}
