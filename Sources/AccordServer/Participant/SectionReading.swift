import AccordCore

/// A posted section form applied to a draft: the answers and predictions it leaves, the
/// messages to show next to fields, and whether an answer revealed questions (conditions) that
/// the page did not show yet.
///
/// A malformed or out-of-range answer is not stored: the stored one stays, and the field is
/// shown again with what was typed and why it does not fit. Typed answers are read by
/// `AnswerParser` and every answer is checked by the question's rules, as in the terminal;
/// `Interview` drops answers to questions that the new answers hide.
struct SectionReading {
    /// The draft's answers after this form.
    private(set) var answers: [String: Answer]
    /// The draft's predictions after this form.
    private(set) var predictions: [String: Answer]
    /// Messages by field id (`a-ID`, `p-ID`).
    private(set) var errors: [String: String] = [:]
    /// Whether a question of this section is now shown that the page did not show.
    private(set) var revealedQuestions = false

    init(
        workshop: Workshop, layout: WorkshopLayout, section: Section, draft: Draft, form: FormData,
        requireAnswers: Bool, language: String
    ) {
        answers = draft.answers
        predictions = draft.predictions
        let shown = Set((form["shown"] ?? "").split(separator: " ").map(String.init))
        let inSection = Set(section.questions.map(\.id))
        var answers = draft.answers
        // One pass: each question's visibility is decided on the answers this form gave the
        // questions before it.
        workshop.walkVisibleQuestions(answers: &answers) { question, current in
            guard inSection.contains(question.id) else { return }
            read(question, from: form, shown: shown, requireAnswers: requireAnswers, language: language, into: &current)
        }
        // The interview's rule (`Interview`): the answers and predictions of questions the new
        // answers hide are dropped.
        let visibility = layout.visibility(given: answers)
        self.answers = layout.keepingShown(answers, visibility: visibility)
        predictions = layout.keepingShown(predictions, visibility: visibility)
    }

    /// Reads the fields of one visible question of the section from `form`.
    private mutating func read(
        _ question: Question, from form: FormData, shown: Set<String>, requireAnswers: Bool, language: String,
        into answers: inout [String: Answer]
    ) {
        guard shown.contains(question.id) else {
            if answers[question.id] == nil { revealedQuestions = true }
            return
        }
        let field = AnswerField(question: question, prefix: "a", language: language)
        switch field.read(form) {
        case .unanswered:
            answers[question.id] = nil
            if requireAnswers && question.required {
                errors[field.domID] = Catalogue.for(code: language).pages.pleaseAnswer
            }
        case .answer(let answer): answers[question.id] = answer
        case .invalid(let message): errors[field.domID] = message
        }
        if question.predict {
            let prediction = AnswerField(question: question, prefix: "p", language: language)
            switch prediction.read(form) {
            case .unanswered: predictions[question.id] = nil
            case .answer(let answer): predictions[question.id] = answer
            case .invalid(let message): errors[prediction.domID] = message
            }
        }
    }
}
