extension Condition {
    /// Whether the condition holds for `answers`. A question without a real answer
    /// ("don't know", "prefer not to say" or none) satisfies only `answered: false`.
    public func isSatisfied(by answers: [String: Answer]) -> Bool {
        switch self {
        case .equals(let question, let value):
            guard let answer = answers[question] else { return false }
            return Condition.matches(answer, value)
        case .oneOf(let question, let values):
            guard let answer = answers[question] else { return false }
            return values.contains { Condition.matches(answer, $0) }
        case .greaterThan(let question, let bound):
            guard let value = answers[question]?.numericValue else { return false }
            return value > bound
        case .lessThan(let question, let bound):
            guard let value = answers[question]?.numericValue else { return false }
            return value < bound
        case .includes(let question, let option):
            guard case .multi(let selected)? = answers[question] else { return false }
            return selected.contains(option)
        case .answered(let question, let expected):
            return (answers[question]?.isSubstantive ?? false) == expected
        case .all(let conditions): return conditions.allSatisfy { $0.isSatisfied(by: answers) }
        case .any(let conditions): return conditions.contains { $0.isSatisfied(by: answers) }
        case .not(let condition): return !condition.isSatisfied(by: answers)
        }
    }

    private static func matches(_ answer: Answer, _ value: ConditionValue) -> Bool {
        switch (answer, value) {
        case (.scale(let a), .number(let b)): Double(a) == b
        case (.number(let a), .number(let b)): a == b
        case (.choice(let a), .option(let b)): a == b
        case (.yesno(let a), .bool(let b)): a == b
        default: false
        }
    }
}

extension Workshop {
    /// The questions shown for `answers`, in asking order. Conditions only read earlier
    /// questions, so one pass decides; answers to hidden questions are ignored.
    public func visibleQuestions(given answers: [String: Answer]) -> [Question] {
        let questions = questions
        return zip(questions, SubmissionPlan.visibility(of: questions, given: answers)).compactMap { $1 ? $0 : nil }
    }

    /// Calls `body` with each question shown for `answers`, in asking order, in one pass (the
    /// rule of `visibleQuestions(given:)`): `body` may change the answer of the question it is
    /// given (a form being read), and later questions are decided on the changed answers.
    public func walkVisibleQuestions(
        answers: inout [String: Answer], _ body: (Question, inout [String: Answer]) throws -> Void
    ) rethrows {
        let questions = questions
        try SubmissionPlan.walk(questions, answers: &answers) { position, answers in try body(questions[position], &answers) }
    }
}
