/// Counts a round's submissions in one streaming pass: `add(_:)` each submission (or, from a
/// reader of stored rows, each `AnswerSheet` by question position), then `finish()`. Parts of
/// a round counted apart, on several cores, `merge(_:)` exactly.
///
/// Memory is bounded by questions × cells × categories, never by the number of submissions:
/// per partner × level cell and per question it keeps counters (scale points, options,
/// yes/no, multi selections, rank option × position, "don't know", "prefer not to say"),
/// a value → count table for number questions, and the same for predictions. Text answers
/// are counted, and a seeded sample of at most `commentLimit` per question and cell is kept
/// (`CommentReservoir`), none when `keepsTexts` is false: a report format that prints no
/// comments counts them without keeping them. Each answer costs O(1)
/// (a multi or rank answer O(its options)); nothing is allocated per submission.
///
/// Per cell and dimension it also keeps the sufficient statistics of Cronbach's α
/// (`ConsistencySums`: count, item sums and item products over complete submissions) and of
/// driver strength (`CorrelationSums` of the submission's dimension score against the
/// outcome), so α and drivers need no second pass either.
public struct Aggregator: Sendable {
    let layout: TallyLayout
    let partners: [String]
    var submissions = [Int](repeating: 0, count: 4)
    var answerCounts: [Int]
    var predictionCounts: [Int]
    var numberAnswers: [[Double: Int]]
    var numberPredictions: [[Double: Int]]
    var comments: [CommentReservoir]
    /// Whether text answers are kept (they are counted either way).
    public let keepsTexts: Bool
    /// The comment sample's seed (`CommentReservoir.seed(session:round:)`).
    let commentSeed: UInt64
    /// Submissions added without a position of their own; the next one's position.
    var nextRow = 0
    let dimensionLayout: DimensionLayout
    /// Per cell × dimension (`cell * dimensions + dimension`).
    var consistency: [ConsistencySums]
    /// Per cell × dimension, the dimension score against the outcome.
    var drivers: [CorrelationSums]
    /// One submission's flipped item values of a dimension, reused.
    var itemScratch: [Int]

    /// Creates an aggregator for a session of `workshop` between `partners` (A, B); a seeded
    /// sample of at most `commentLimit` text answers per question and cell is kept for
    /// showing unless `keepsTexts` is false (a round with fewer keeps them all).
    public init(
        workshop: Workshop, partners: [String], keepsTexts: Bool = true,
        commentLimit: Int = CommentReservoir.defaultLimit, commentSeed: UInt64 = 0
    ) {
        precondition(partners.count == 2, "a session has two partners")
        self.keepsTexts = keepsTexts
        self.commentSeed = commentSeed
        layout = TallyLayout(workshop: workshop)
        self.partners = partners
        answerCounts = [Int](repeating: 0, count: 4 * layout.width)
        predictionCounts = answerCounts
        numberAnswers = [[Double: Int]](repeating: [:], count: 4 * layout.questions.count)
        numberPredictions = numberAnswers
        comments = [CommentReservoir](
            repeating: CommentReservoir(limit: keepsTexts ? commentLimit : 0), count: 4 * layout.questions.count)
        let dimensions = DimensionLayout(workshop: workshop)
        dimensionLayout = dimensions
        let cellDimensions = [Int](0..<4).flatMap { _ in dimensions.items }
        consistency = cellDimensions.map { ConsistencySums(items: $0.count) }
        drivers = [CorrelationSums](repeating: CorrelationSums(), count: cellDimensions.count)
        itemScratch = [Int](repeating: 0, count: dimensions.items.map(\.count).max() ?? 0)
    }

    /// Counts one submission. Submissions are validated before they are stored, so an error
    /// here means the data does not fit the workshop; the aggregate is then incomplete and
    /// must not be reported.
    public mutating func add(_ submission: Submission) throws(AggregationError) {
        let cell = try cell(partner: submission.partner, level: submission.level)
        let row = nextRow
        nextRow += 1
        submissions[cell] += 1
        for (id, answer) in submission.answers {
            guard let question = layout.index[id] else { throw .unknownQuestion(id) }
            try count(answer, question: question, cell: cell, row: row)
        }
        for (id, answer) in submission.predictions {
            guard let question = layout.index[id] else { throw .unknownQuestion(id) }
            try count(prediction: answer, question: question, cell: cell)
        }
        let questions = layout.questions
        countDimensions(cell: cell) { submission.answers[questions[$0].id] }
    }

    /// Counts one submission given by question position (`sheet` must have one slot per
    /// question of the workshop). `row` is the submission's position in the whole pass, which
    /// picks its comments' place in the sample, so a pass split between cores samples as one
    /// would; `nil` numbers the submissions this aggregator counts. Errors as for `add(_:)`.
    public mutating func add(
        _ sheet: AnswerSheet, partner: String, level: Level, row: Int? = nil
    ) throws(AggregationError) {
        precondition(
            sheet.answers.count == layout.questions.count && sheet.predictions.count == layout.questions.count,
            "an answer sheet has one slot per question of the workshop")
        let cell = try cell(partner: partner, level: level)
        let row = row ?? nextRow
        nextRow = row + 1
        submissions[cell] += 1
        for (question, answer) in sheet.answers.enumerated() {
            if let answer { try count(answer, question: question, cell: cell, row: row) }
        }
        for (question, prediction) in sheet.predictions.enumerated() {
            if let prediction { try count(prediction: prediction, question: question, cell: cell) }
        }
        countDimensions(cell: cell) { sheet.answers[$0] }
    }

    /// Adds the counts of `other`, an aggregator of the same workshop and partners. Counts are
    /// sums, so a round counted in parts (on several cores) and merged is counted exactly;
    /// the comment samples merge into the sample of the whole (keys, not order, choose).
    public mutating func merge(_ other: Aggregator) {
        precondition(
            partners == other.partners && layout.width == other.layout.width
                && layout.questions.count == other.layout.questions.count,
            "aggregators of the same workshop and partners")
        for cell in submissions.indices { submissions[cell] += other.submissions[cell] }
        for index in answerCounts.indices {
            answerCounts[index] += other.answerCounts[index]
            predictionCounts[index] += other.predictionCounts[index]
        }
        for slot in numberAnswers.indices {
            numberAnswers[slot].merge(other.numberAnswers[slot], uniquingKeysWith: +)
            numberPredictions[slot].merge(other.numberPredictions[slot], uniquingKeysWith: +)
            comments[slot].merge(other.comments[slot])
        }
        for slot in consistency.indices {
            consistency[slot].add(other.consistency[slot])
            drivers[slot].add(other.drivers[slot])
        }
    }

    /// The partner × level cell of a submission.
    private func cell(partner: String, level: Level) throws(AggregationError) -> Int {
        let index: Int
        if partner == partners[0] {
            index = 0
        } else if partner == partners[1] {
            index = 1
        } else {
            throw .unknownPartner(partner, partners: partners)
        }
        return index * 2 + (level == .management ? 0 : 1)
    }

    /// Counts an answer to the question at position `question`.
    private mutating func count(_ answer: Answer, question: Int, cell: Int, row: Int) throws(AggregationError) {
        let slot = cell * layout.questions.count + question
        let base = cell * layout.width + layout.offsets[question]
        switch (layout.kinds[question], answer) {
        case (.number, .number(let value)) where value.isFinite:
            answerCounts[base] += 1
            numberAnswers[slot][value, default: 0] += 1
        case (.text, .text(let text)):
            // A comment with nothing visible is no answer (refused where text enters; this
            // keeps one stored before that rule from counting toward the text threshold).
            guard !TextNormalization.isBlank(text) else { return }
            answerCounts[base] += 1
            comments[slot].add(text, key: CommentReservoir.key(seed: commentSeed, row: row, question: question))
        default:
            try Self.count(answer, question: question, base: base, layout: layout, into: &answerCounts)
        }
    }

    /// Counts a prediction for the question at position `question`.
    private mutating func count(prediction: Answer, question: Int, cell: Int) throws(AggregationError) {
        let base = cell * layout.width + layout.offsets[question]
        if case .number = layout.kinds[question], case .number(let value) = prediction, value.isFinite {
            predictionCounts[base] += 1
            numberPredictions[cell * layout.questions.count + question][value, default: 0] += 1
        } else {
            try Self.count(prediction, question: question, base: base, layout: layout, into: &predictionCounts)
        }
    }

    /// The counts, ready for `GapReportBuilder`.
    public func finish() -> Aggregate { Aggregate(self) }

    /// Counts a counted (not number, not text) answer at `base`, the question's first counter.
    private static func count(
        _ answer: Answer, question: Int, base: Int, layout: TallyLayout, into counters: inout [Int]
    ) throws(AggregationError) {
        let categories = base + TallyLayout.header
        switch (layout.kinds[question], answer) {
        case (_, .dontKnow):
            counters[base + 1] += 1
            return
        case (_, .preferNotToSay):
            counters[base + 2] += 1
            return
        case (.scale(let low, let high), .scale(let value)) where value >= low && value <= high:
            counters[categories + value - low] += 1
        case (.choice, .choice(let option)):
            guard let index = layout.optionPosition(option, question: question) else {
                throw misfit(answer, question: question, layout: layout)
            }
            counters[categories + index] += 1
        case (.yesno, .yesno(let yes)):
            counters[categories + (yes ? 0 : 1)] += 1
        case (.multi, .multi(let selected)):
            for option in selected {
                guard let index = layout.optionPosition(option, question: question) else {
                    throw misfit(answer, question: question, layout: layout)
                }
                counters[categories + index] += 1
            }
        case (.rank, .rank(let order)) where order.count == layout.optionIDs[question].count:
            let options = order.count
            for (position, option) in order.enumerated() {
                guard let index = layout.optionPosition(option, question: question) else {
                    throw misfit(answer, question: question, layout: layout)
                }
                counters[categories + index * options + position] += 1
            }
        default:
            throw misfit(answer, question: question, layout: layout)
        }
        counters[base] += 1
    }

    /// The error for an answer that does not fit its question.
    private static func misfit(_ answer: Answer, question: Int, layout: TallyLayout) -> AggregationError {
        .answerDoesNotFit(question: layout.questions[question].id, answer: answer)
    }
}
