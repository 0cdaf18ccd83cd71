/// The flow of one participant's interview, independent of the channel that asks: which step
/// comes next, going back, skipping, jumping from a review, and keeping answers consistent
/// with the workshop's conditions.
///
/// A step is a question's own answer, or (for questions marked `predict`) the participant's
/// guess of the other partner's answer, asked right after it. The steps are recomputed from
/// the answers after every change, so an earlier answer that hides a later question drops
/// that question's answers, and one that shows a question puts it in the way.
public struct Interview: Sendable, Hashable {
    /// One thing the participant is asked.
    public enum Step: Sendable, Hashable {
        /// The participant's own answer to the question.
        case answer(String)
        /// The participant's guess of how the other partner answers the question.
        case prediction(String)

        /// The question the step is about.
        public var questionID: String {
            switch self {
            case .answer(let id), .prediction(let id): id
            }
        }
    }

    /// Where a step stands among the visible questions.
    public struct Progress: Sendable, Hashable {
        /// The title of the step's section.
        public var sectionTitle: String
        /// The 1-based number of the step's question among the visible questions.
        public var number: Int
        /// How many questions are visible.
        public var total: Int
    }

    /// The workshop asked.
    public let workshop: Workshop
    /// The answers given so far, by question id; only visible questions have one.
    public private(set) var answers: [String: Answer]
    /// The predictions given so far, by question id.
    public private(set) var predictions: [String: Answer]
    /// Steps the participant chose to skip (optional questions and predictions).
    public private(set) var skipped: Set<Step> = []
    /// The step being asked, or `nil` when every step has been passed (the final review).
    public private(set) var current: Step?
    /// The workshop language the participant reads and types in (a key of the workshop's
    /// translations), or `nil` for the workshop's own language. Answers are stored by option
    /// id, so the language never changes what is recorded.
    public var language: String?
    /// Whether the current step was reached from a review: answering it returns to the
    /// first step still waiting rather than to the next one.
    private var returnsToPending = false

    /// Starts an interview, or resumes one from a draft's answers at the first step that
    /// still waits for an answer. A draft does not record skips, so optional steps left
    /// unanswered before the last answered one count as skipped.
    public init(
        workshop: Workshop, answers: [String: Answer] = [:], predictions: [String: Answer] = [:],
        language: String? = nil
    ) {
        self.workshop = workshop
        self.language = language
        self.answers = answers
        self.predictions = predictions
        dropHidden()
        let steps = steps
        if let last = steps.lastIndex(where: { answer(at: $0) != nil }) {
            for step in steps[..<last] where answer(at: step) == nil && isOptional(step) { skipped.insert(step) }
        }
        current = firstPendingStep
    }

    /// Whether `step` may be left unanswered: a prediction, or an optional question.
    public func isOptional(_ step: Step) -> Bool {
        if case .prediction = step { return true }
        return workshop.question(step.questionID)?.required == false
    }

    /// The questions shown for the answers so far, in order.
    public var visibleQuestions: [Question] { workshop.visibleQuestions(given: answers) }

    /// Every step for the answers so far, in asking order.
    public var steps: [Step] {
        visibleQuestions.flatMap { $0.predict ? [Step.answer($0.id), .prediction($0.id)] : [.answer($0.id)] }
    }

    /// Whether every step has been passed and the final review is due.
    public var isAtReview: Bool { current == nil }

    /// The question of the current step.
    public var currentQuestion: Question? { current.flatMap { workshop.question($0.questionID) } }

    /// The answer already given at `step`, if any.
    public func answer(at step: Step) -> Answer? {
        switch step {
        case .answer(let id): answers[id]
        case .prediction(let id): predictions[id]
        }
    }

    /// The section title and question number of `step` (the current one by default).
    public func progress(of step: Step? = nil) -> Progress? {
        guard let step = step ?? current else { return nil }
        let visible = visibleQuestions
        guard let index = visible.firstIndex(where: { $0.id == step.questionID }) else { return nil }
        let title = workshop.section(containing: step.questionID)?.title.text ?? ""
        return Progress(sectionTitle: title, number: index + 1, total: visible.count)
    }

    /// The first step that has neither an answer nor been skipped, if any.
    public var firstPendingStep: Step? {
        steps.first { answer(at: $0) == nil && !skipped.contains($0) }
    }

    /// Records `answer` for the current step, checked against the question's rules, and
    /// moves on. Answers to questions the change hides are dropped.
    public mutating func give(_ answer: Answer) throws(AnswerError) {
        guard let step = current, let question = workshop.question(step.questionID) else { return }
        if case .prediction = step, !question.predict { throw .predictionNotAsked(question: question.id) }
        try question.check(answer)
        switch step {
        case .answer(let id): answers[id] = answer
        case .prediction(let id): predictions[id] = answer
        }
        skipped.remove(step)
        dropHidden()
        advance(from: step)
    }

    /// Reads `text` as typed for the current step's question and records it.
    public mutating func give(text: String) throws(AnswerInputError) {
        guard let question = currentQuestion else { return }
        let answer = try AnswerParser(question: question, language: language).parse(text)
        do throws(AnswerError) {
            try give(answer)
        } catch {
            throw .invalid(error)
        }
    }

    /// Leaves the current step without an answer. Required questions cannot be skipped;
    /// predictions always can. Skipping a question also skips its prediction.
    public mutating func skip() throws(AnswerError) {
        guard let step = current, let question = workshop.question(step.questionID) else { return }
        var passed = [step]
        if case .answer(let id) = step {
            guard !question.required else { throw .missingRequired(question: id) }
            answers[id] = nil
            if question.predict { passed.append(.prediction(id)) }
        }
        for step in passed { skipped.insert(step) }
        if case .answer(let id) = step, question.predict { predictions[id] = nil }
        dropHidden()
        advance(from: passed.last!)
    }

    /// Goes back one step (from the final review, to the last step). Returns `false` at the
    /// first step.
    @discardableResult
    public mutating func back() -> Bool {
        let steps = steps
        returnsToPending = false
        guard let step = current else {
            current = steps.last
            return current != nil
        }
        guard let index = steps.firstIndex(of: step), index > 0 else { return false }
        current = steps[index - 1]
        return true
    }

    /// Goes to the answer of a visible question, from a review; once it is answered the
    /// interview returns to the first step still waiting (or to the final review).
    /// Returns `false` when the question is not shown.
    @discardableResult
    public mutating func jump(to questionID: String) -> Bool {
        guard visibleQuestions.contains(where: { $0.id == questionID }) else { return false }
        current = .answer(questionID)
        returnsToPending = true
        return true
    }

    /// Goes to the final review, or to the first step still waiting when there is one.
    public mutating func resume() {
        returnsToPending = false
        current = firstPendingStep
    }

    /// Every visible question with its answer and prediction, for a review screen.
    public var review: [ReviewItem] {
        visibleQuestions.enumerated().map { index, question in
            ReviewItem(
                number: index + 1, question: question, answer: answers[question.id],
                prediction: question.predict ? predictions[question.id] : nil)
        }
    }

    /// What keeps the answers from being submitted (required questions left out); empty when
    /// they may be.
    public var problems: [AnswerError] { submission(partner: "", level: .management).problems(in: workshop) }

    /// The answers as a submission for `partner` and `level`.
    public func submission(partner: String, level: Level, round: Int? = nil) -> Submission {
        Submission(partner: partner, level: level, round: round, answers: answers, predictions: predictions)
    }

    private mutating func advance(from step: Step) {
        if returnsToPending {
            // Questions an edit from the review shows are asked, then the review again.
            current = firstPendingStep
            returnsToPending = current != nil
            return
        }
        let steps = steps
        guard let index = steps.firstIndex(of: step), index + 1 < steps.count else {
            current = nil
            return
        }
        current = steps[index + 1]
    }

    /// Removes answers, predictions and skips of questions the answers no longer show.
    private mutating func dropHidden() {
        let visible = Set(visibleQuestions.map(\.id))
        answers = answers.filter { visible.contains($0.key) }
        predictions = predictions.filter { visible.contains($0.key) }
        skipped = skipped.filter { visible.contains($0.questionID) }
    }
}

/// One line of a review screen.
public struct ReviewItem: Sendable, Hashable {
    /// The question's number among the visible questions.
    public var number: Int
    /// The question.
    public var question: Question
    /// The answer, or `nil` when none was given.
    public var answer: Answer?
    /// The prediction, for prediction questions that have one.
    public var prediction: Answer?
}
