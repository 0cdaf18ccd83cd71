extension SubmissionPlan {
    /// Whether answers and predictions laid out by position (one slot per question of
    /// `questions`, `nil` for none) may be stored: true exactly when `problems(of:)` finds
    /// nothing in the same submission, because both call the same per-question rules
    /// (`answerProblems`, `isMissing`, `predictionProblem`) with the same visibility. For
    /// readers that lay a line out by position (an import's fast path) and word a refusal
    /// through `problems(of:)`.
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
                let found = answerProblems(answer, at: position, isVisible: isVisible)
                guard found.invalid == nil, found.hidden == nil else { return false }
            } else if isMissing(at: position, answered: false, isVisible: isVisible) {
                return false
            }
            if let prediction = predictions[position],
                predictionProblem(prediction, at: position, isVisible: isVisible) != nil
            {
                return false
            }
        }
        return true
    }

    /// The rule for an answer to the question at `position`: the answer must be one the
    /// question allows (`Question.check(_:)`), and the question must be shown. Both problems
    /// may hold at once; `problems(of:)` lists the first before the second.
    func answerProblems(_ answer: Answer, at position: Int, isVisible: Bool) -> (
        invalid: AnswerError?, hidden: AnswerError?
    ) {
        var invalid: AnswerError?
        do throws(AnswerError) {
            try questions[position].check(answer)
        } catch {
            invalid = error
        }
        return (invalid, isVisible ? nil : .answeredHiddenQuestion(question: questions[position].id))
    }

    /// The rule for a question left unanswered: a problem only when it is shown and required.
    func isMissing(at position: Int, answered: Bool, isVisible: Bool) -> Bool {
        isVisible && !answered && questions[position].required
    }

    /// The rule for a prediction of the question at `position`: the question must ask for one,
    /// be shown, and the prediction must be an answer the question allows; the first that
    /// fails is the problem.
    func predictionProblem(_ prediction: Answer, at position: Int, isVisible: Bool) -> AnswerError? {
        let id = questions[position].id
        guard questions[position].predict else { return .predictionNotAsked(question: id) }
        guard isVisible else { return .predictedHiddenQuestion(question: id) }
        do throws(AnswerError) {
            try questions[position].check(prediction)
        } catch {
            return error
        }
        return nil
    }
}
