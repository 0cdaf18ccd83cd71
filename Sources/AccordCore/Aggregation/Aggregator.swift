/// Counts a round's submissions in one streaming pass: `add(_:)` each submission, then
/// `finish()`.
///
/// Memory is bounded by questions × cells × categories, never by the number of submissions:
/// per partner × level cell and per question it keeps counters (scale points, options,
/// yes/no, multi selections, rank option × position, "don't know", "prefer not to say"),
/// a value → count table for number questions, and the same for predictions. Only text
/// answers are kept as they are (they are shown, not counted). Each answer costs O(1)
/// (a multi or rank answer O(its options)); nothing is allocated per submission.
public struct Aggregator: Sendable {
    let layout: TallyLayout
    let partners: [String]
    var submissions = [Int](repeating: 0, count: 4)
    var answerCounts: [Int]
    var predictionCounts: [Int]
    var numberAnswers: [[Double: Int]]
    var numberPredictions: [[Double: Int]]
    var texts: [[String]]

    /// Creates an aggregator for a session of `workshop` between `partners` (A, B).
    public init(workshop: Workshop, partners: [String]) {
        precondition(partners.count == 2, "a session has two partners")
        layout = TallyLayout(workshop: workshop)
        self.partners = partners
        answerCounts = [Int](repeating: 0, count: 4 * layout.width)
        predictionCounts = answerCounts
        numberAnswers = [[Double: Int]](repeating: [:], count: 4 * layout.questions.count)
        numberPredictions = numberAnswers
        texts = [[String]](repeating: [], count: 4 * layout.questions.count)
    }

    /// Counts one submission. Submissions are validated before they are stored, so an error
    /// here means the data does not fit the workshop; the aggregate is then incomplete and
    /// must not be reported.
    public mutating func add(_ submission: Submission) throws(AggregationError) {
        let partner: Int
        if submission.partner == partners[0] {
            partner = 0
        } else if submission.partner == partners[1] {
            partner = 1
        } else {
            throw .unknownPartner(submission.partner, partners: partners)
        }
        let cell = partner * 2 + (submission.level == .management ? 0 : 1)
        submissions[cell] += 1
        for (id, answer) in submission.answers {
            guard let question = layout.index[id] else { throw .unknownQuestion(id) }
            let slot = cell * layout.questions.count + question
            let base = cell * layout.width + layout.offsets[question]
            switch (layout.kinds[question], answer) {
            case (.number, .number(let value)) where value.isFinite:
                answerCounts[base] += 1
                numberAnswers[slot][value, default: 0] += 1
            case (.text, .text(let text)):
                answerCounts[base] += 1
                texts[slot].append(text)
            default:
                try Self.count(answer, question: question, base: base, layout: layout, into: &answerCounts)
            }
        }
        for (id, answer) in submission.predictions {
            guard let question = layout.index[id] else { throw .unknownQuestion(id) }
            let base = cell * layout.width + layout.offsets[question]
            if case .number = layout.kinds[question], case .number(let value) = answer, value.isFinite {
                predictionCounts[base] += 1
                numberPredictions[cell * layout.questions.count + question][value, default: 0] += 1
            } else {
                try Self.count(answer, question: question, base: base, layout: layout, into: &predictionCounts)
            }
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
