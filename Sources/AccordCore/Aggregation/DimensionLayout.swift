/// Which questions feed the per-submission statistics of each dimension (Cronbach's α, driver
/// strength) and which question is the outcome, by question position.
struct DimensionLayout: Sendable {
    /// One scale question of a dimension.
    struct Item: Sendable {
        /// The question's position in asking order.
        var position: Int
        var min: Int
        var max: Int
        var reverse: Bool

        /// The answer as α counts it: reverse-worded items flipped to min + max − value.
        func flipped(_ value: Int) -> Int { reverse ? min + max - value : value }
    }

    /// How the outcome's answer becomes a number.
    enum OutcomeKind: Sendable { case scale, yesno, number }

    /// Per dimension (workshop order), its scale questions with more than one point.
    let items: [[Item]]
    /// Per dimension, the integer scoring of a submission's dimension score for the driver
    /// sums: with D the lcm of the items' ranges and L the lcm of 1…k, the score
    /// 100/a · Σ (x − min)/R over the a answered items is 100/(L·D) times the whole number
    /// (L/a) · Σ (x − min)·D/R. Pearson's r does not change with the scale, and sums of whole
    /// numbers are exact, so the driver sums do not depend on the order submissions are
    /// counted or merged in. `nil` when L·D is too large for exact sums of squares (then the
    /// score itself is summed).
    let wholeScores: [(l: Int, d: Int)?]
    /// The outcome question's position and kind, if the workshop has one.
    let outcome: (position: Int, kind: OutcomeKind)?

    init(workshop: Workshop) {
        let positions = Dictionary(
            workshop.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        items = workshop.dimensions.map { dimension in
            workshop.questions.compactMap { question in
                guard question.dimension == dimension.id, case .scale(let scale) = question.kind,
                    scale.max > scale.min, let position = positions[question.id]
                else { return nil }
                return Item(position: position, min: scale.min, max: scale.max, reverse: question.reverse)
            }
        }
        wholeScores = items.map { items in
            func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
            func lcm(_ values: [Int]) -> Int { values.reduce(1) { $0 / gcd($0, $1) * $1 } }
            guard !items.isEmpty else { return nil }
            let l = lcm(Array(1...items.count))
            let d = lcm(items.map { $0.max - $0.min })
            return l * d <= 100_000 ? (l, d) : nil
        }
        outcome = workshop.outcomeQuestion.flatMap { question -> (Int, OutcomeKind)? in
            guard let position = positions[question.id] else { return nil }
            switch question.kind {
            case .scale: return (position, .scale)
            case .yesno: return (position, .yesno)
            case .number: return (position, .number)
            default: return nil
            }
        }
    }

    /// The outcome's value in a submission's answer: the scale point, yes = 1 / no = 0, the
    /// number; `nil` for no real answer.
    func outcomeValue(_ answer: Answer?) -> Double? {
        guard let outcome, let answer else { return nil }
        switch (outcome.kind, answer) {
        case (.scale, .scale(let value)): return Double(value)
        case (.yesno, .yesno(let yes)): return yes ? 1 : 0
        case (.number, .number(let value)) where value.isFinite: return value
        default: return nil
        }
    }
}
