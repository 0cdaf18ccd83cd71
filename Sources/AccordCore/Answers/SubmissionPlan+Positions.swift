extension SubmissionPlan {
    /// Whether answers and predictions laid out by position (one slot per question of
    /// `questions`, `nil` for none) may be stored: true exactly when `problems(of:)` finds
    /// nothing in the same submission. The same rules in the same places (`Question.check(_:)`,
    /// `visibility(given:)`, `required`, `predict`), for readers that lay a line out by position
    /// (an import's fast path) and word a refusal through `problems(of:)`.
    public func accepts(answers: [Answer?], predictions: [Answer?]) -> Bool {
        precondition(answers.count == questions.count && predictions.count == questions.count)
        var visible: [Bool]?
        if hasConditions {
            // Visibility reads only the answers a condition reads.
            var inputs: [String: Answer] = [:]
            for position in questions.indices where isConditionInput[position] {
                if let answer = answers[position] { inputs[questions[position].id] = answer }
            }
            visible = visibility(given: inputs)
        }
        for position in questions.indices {
            let isVisible = visible?[position] ?? true
            if let answer = answers[position] {
                guard isVisible else { return false }
                do throws(AnswerError) {
                    try questions[position].check(answer)
                } catch {
                    return false
                }
            } else if isVisible && questions[position].required {
                return false
            }
            if let prediction = predictions[position] {
                guard isVisible, questions[position].predict else { return false }
                do throws(AnswerError) {
                    try questions[position].check(prediction)
                } catch {
                    return false
                }
            }
        }
        return true
    }
}
