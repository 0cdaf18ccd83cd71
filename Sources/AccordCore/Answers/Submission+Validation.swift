extension Submission {
    /// Every way this submission does not fit `workshop`: unknown questions, answers that are
    /// not allowed, answers and predictions to hidden questions, required questions left out, predictions
    /// where none is asked. Empty when the submission may be stored.
    ///
    /// Partner, level and round are checked by the store, which knows the session.
    public func problems(in workshop: Workshop) -> [AnswerError] {
        var problems: [AnswerError] = []
        let visible = workshop.visibleQuestions(given: answers)
        let visibleIDs = Set(visible.map(\.id))
        for id in answers.keys.sorted() {
            guard let question = workshop.question(id) else {
                problems.append(.unknownQuestion(id))
                continue
            }
            do throws(AnswerError) {
                try question.check(answers[id]!)
            } catch {
                problems.append(error)
            }
            if !visibleIDs.contains(id) { problems.append(.answeredHiddenQuestion(question: id)) }
        }
        for question in visible where question.required && answers[question.id] == nil {
            problems.append(.missingRequired(question: question.id))
        }
        for id in predictions.keys.sorted() {
            guard let question = workshop.question(id) else {
                problems.append(.unknownQuestion(id))
                continue
            }
            guard question.predict else {
                problems.append(.predictionNotAsked(question: id))
                continue
            }
            guard visibleIDs.contains(id) else {
                problems.append(.predictedHiddenQuestion(question: id))
                continue
            }
            do throws(AnswerError) {
                try question.check(predictions[id]!)
            } catch {
                problems.append(error)
            }
        }
        return problems
    }
}
