/// A round's counts per partner × level cell, as `Aggregator` left them. Margins (a
/// partner, a level, everyone) are sums of their cells, made on request.
public struct Aggregate: Sendable {
    let layout: TallyLayout
    /// The session's partners: partner A, partner B.
    public let partners: [String]
    let submissions: [Int]
    let answerCounts: [Int]
    let predictionCounts: [Int]
    let numberAnswers: [[Double: Int]]
    let numberPredictions: [[Double: Int]]
    let comments: [CommentReservoir]
    /// Comments kept per question and group at most.
    let commentLimit: Int
    let dimensionLayout: DimensionLayout
    let consistency: [ConsistencySums]
    let drivers: [CorrelationSums]

    init(_ aggregator: Aggregator) {
        dimensionLayout = aggregator.dimensionLayout
        consistency = aggregator.consistency
        drivers = aggregator.drivers
        layout = aggregator.layout
        partners = aggregator.partners
        submissions = aggregator.submissions
        answerCounts = aggregator.answerCounts
        predictionCounts = aggregator.predictionCounts
        numberAnswers = aggregator.numberAnswers
        numberPredictions = aggregator.numberPredictions
        comments = aggregator.comments
        commentLimit = aggregator.comments.first?.limit ?? 0
    }

    /// The cells (0 = A·management, 1 = A·execution, 2 = B·management, 3 = B·execution)
    /// a group is the sum of; empty for a partner the session does not have.
    func cells(of group: GroupKey) -> [Int] {
        let partnerIndices: [Int]
        if let partner = group.partner {
            guard let index = partners.firstIndex(of: partner) else { return [] }
            partnerIndices = [index]
        } else {
            partnerIndices = [0, 1]
        }
        let levelIndices = group.level.map { [$0 == .management ? 0 : 1] } ?? [0, 1]
        return partnerIndices.flatMap { partner in levelIndices.map { partner * 2 + $0 } }
    }

    /// The number of submissions in a group.
    public func submissions(in group: GroupKey) -> Int {
        cells(of: group).reduce(0) { $0 + submissions[$1] }
    }

    /// A group's answers (or, with `predictions`, its guesses about the other partner) to
    /// the question with `questionID`; `nil` for a question the workshop does not have.
    public func tally(_ questionID: String, in group: GroupKey, predictions: Bool = false) -> QuestionTally? {
        guard let question = layout.index[questionID] else { return nil }
        let counters = predictions ? predictionCounts : answerCounts
        let numbers = predictions ? numberPredictions : numberAnswers
        let offset = layout.offsets[question]
        var tally = QuestionTally(categories: [Int](repeating: 0, count: layout.categoryCounts[question]))
        for cell in cells(of: group) {
            let base = cell * layout.width + offset
            tally.answered += counters[base]
            tally.dontKnow += counters[base + 1]
            tally.preferNotToSay += counters[base + 2]
            for category in tally.categories.indices {
                tally.categories[category] += counters[base + TallyLayout.header + category]
            }
            for (value, count) in numbers[cell * layout.questions.count + question] {
                tally.numbers[value, default: 0] += count
            }
        }
        return tally
    }

    /// A group's α sums for the dimension at `dimension` (workshop order): sums of its cells.
    public func consistency(dimension: Int, in group: GroupKey) -> ConsistencySums {
        let count = dimensionLayout.items.count
        var sums = ConsistencySums(items: dimensionLayout.items[dimension].count)
        for cell in cells(of: group) { sums.add(consistency[cell * count + dimension]) }
        return sums
    }

    /// A group's dimension-score × outcome sums for the dimension at `dimension`.
    public func driver(dimension: Int, in group: GroupKey) -> CorrelationSums {
        var sums = CorrelationSums()
        for cell in cells(of: group) { sums.add(drivers[cell * dimensionLayout.items.count + dimension]) }
        return sums
    }

    /// A group's text answers to the question with `questionID`: all of them, or the seeded
    /// sample of `CommentReservoir` when there are more than the limit, with their number;
    /// in no meaningful order (sort and shuffle before showing).
    public func comments(_ questionID: String, in group: GroupKey) -> CommentSample {
        guard let question = layout.index[questionID] else { return CommentSample(texts: [], total: 0) }
        return CommentReservoir.merged(
            cells(of: group).map { comments[$0 * layout.questions.count + question] }, limit: commentLimit)
    }
}

/// One group's counts for one question.
public struct QuestionTally: Sendable, Hashable {
    /// Real answers (not "don't know", not "prefer not to say").
    public var answered = 0
    /// "Don't know" answers.
    public var dontKnow = 0
    /// "Prefer not to say" answers.
    public var preferNotToSay = 0
    /// Per category: scale point, option (choice; multi selections), yes then no; for rank,
    /// `option * k + position` (position 0 = most important).
    public var categories: [Int]
    /// Number answers: value → count.
    public var numbers: [Double: Int] = [:]

    /// Creates a tally.
    public init(
        answered: Int = 0, dontKnow: Int = 0, preferNotToSay: Int = 0, categories: [Int], numbers: [Double: Int] = [:]
    ) {
        self.answered = answered
        self.dontKnow = dontKnow
        self.preferNotToSay = preferNotToSay
        self.categories = categories
        self.numbers = numbers
    }
}
