/// A workshop's questions laid out once for checking many submissions (an import of a
/// hundred thousand lines, a server's submissions): the questions in asking order in one
/// array, each question's position by id, which questions a condition reads. Checking a
/// submission then looks each answer's question up once, by position, and copies no
/// `Question`. `Submission.problems(in:)` is this plan's `problems(of:)`: one rule for
/// every channel.
public struct SubmissionPlan: Sendable {
    /// The questions in asking order.
    public let questions: [Question]
    /// Each question's position in `questions`.
    let positions: [String: Int]
    /// Whether some question has a condition (when none has, every question is shown).
    let hasConditions: Bool
    /// By position: whether a condition reads this question's answer.
    let isConditionInput: [Bool]

    /// Lays out `workshop`'s questions.
    public init(workshop: Workshop) {
        let questions = workshop.questions
        self.questions = questions
        var positions: [String: Int] = [:]
        positions.reserveCapacity(questions.count)
        for (position, question) in questions.enumerated() where positions[question.id] == nil {
            positions[question.id] = position
        }
        self.positions = positions
        let inputs = Set(questions.compactMap(\.condition).flatMap(\.referencedQuestions))
        hasConditions = questions.contains { $0.condition != nil }
        isConditionInput = questions.map { inputs.contains($0.id) }
    }

    /// The position of the question with `id`, or `nil` when the workshop has none.
    public func position(of id: String) -> Int? { positions[id] }

    /// By position, whether each question is shown for `answers` (see
    /// `Workshop.visibleQuestions(given:)`).
    public func visibility(given answers: [String: Answer]) -> [Bool] {
        guard hasConditions else { return [Bool](repeating: true, count: questions.count) }
        return Self.visibility(of: questions, given: answers, isConditionInput: isConditionInput)
    }

    /// By position, whether each of `questions` (a workshop's, in asking order) is shown for
    /// `answers` (the rule of `walk`). `isConditionInput`, when given, says which answers a
    /// condition may read.
    static func visibility(
        of questions: [Question], given answers: [String: Answer], isConditionInput: [Bool]? = nil
    ) -> [Bool] {
        var visible = [Bool](repeating: false, count: questions.count)
        var answers = answers
        walk(questions, answers: &answers, isConditionInput: isConditionInput) { position, _ in visible[position] = true }
        return visible
    }

    /// Calls `body` with the position of each of `questions` (a workshop's, in asking order)
    /// shown for `answers`: a question is shown when it has no condition or its condition
    /// holds for the answers to the questions shown before it (conditions read only earlier
    /// questions, so one pass decides; answers to hidden questions are ignored). The one rule
    /// of visibility. `body` may change the answer of the question it is given (a form being
    /// read); later questions are decided on the changed answers.
    static func walk(
        _ questions: [Question], answers: inout [String: Answer], isConditionInput: [Bool]? = nil,
        _ body: (Int, inout [String: Answer]) throws -> Void
    ) rethrows {
        var shownAnswers: [String: Answer] = [:]
        for position in questions.indices where questions[position].condition?.isSatisfied(by: shownAnswers) ?? true {
            try body(position, &answers)
            if isConditionInput?[position] ?? true, let answer = answers[questions[position].id] {
                shownAnswers[questions[position].id] = answer
            }
        }
    }

    /// Every way `submission` does not fit the workshop, as `Submission.problems(in:)` lists
    /// them: by question id, answers first (unknown question, answer not allowed, answer to a
    /// hidden question), then required questions left out in asking order, then predictions
    /// by question id.
    public func problems(of submission: Submission) -> [AnswerError] {
        let visible = visibility(given: submission.answers)
        // Problems are gathered in the dictionary's order with their question id, and sorted
        // by id only when there are some: a valid submission sorts nothing.
        var byID: [(id: String, problem: AnswerError)] = []
        var answered = [Bool](repeating: false, count: questions.count)
        for (id, answer) in submission.answers {
            guard let position = positions[id] else {
                byID.append((id, .unknownQuestion(id)))
                continue
            }
            answered[position] = true
            let found = answerProblems(answer, at: position, isVisible: visible[position])
            if let invalid = found.invalid { byID.append((id, invalid)) }
            if let hidden = found.hidden { byID.append((id, hidden)) }
        }
        var problems = Self.sortedByID(byID)
        for position in questions.indices where isMissing(at: position, answered: answered[position], isVisible: visible[position]) {
            problems.append(.missingRequired(question: questions[position].id))
        }
        byID.removeAll()
        for (id, prediction) in submission.predictions {
            guard let position = positions[id] else {
                byID.append((id, .unknownQuestion(id)))
                continue
            }
            if let problem = predictionProblem(prediction, at: position, isVisible: visible[position]) {
                byID.append((id, problem))
            }
        }
        return problems + Self.sortedByID(byID)
    }

    /// The problems in question-id order, each id's own problems in the order found.
    private static func sortedByID(_ problems: [(id: String, problem: AnswerError)]) -> [AnswerError] {
        guard problems.count > 1 else { return problems.map(\.problem) }
        return problems.enumerated().sorted { left, right in
            left.element.id != right.element.id ? left.element.id < right.element.id : left.offset < right.offset
        }.map(\.element.problem)
    }
}
