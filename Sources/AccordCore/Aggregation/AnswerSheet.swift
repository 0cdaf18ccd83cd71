/// One submission's answers and predictions by question position, in the workshop's asking
/// order (`Workshop.questions`), for `Aggregator.add(_:partner:level:)`: counting by position
/// needs no question id hashed and no dictionary built per submission.
///
/// Made for readers of many stored submissions, which fill one sheet per row and reuse it.
public struct AnswerSheet: Sendable {
    /// Answers by question position; `nil` where the question was not answered.
    public var answers: [Answer?]
    /// Predictions by question position; `nil` where none was made.
    public var predictions: [Answer?]

    /// An empty sheet for a workshop of `questionCount` questions.
    public init(questionCount: Int) {
        answers = [Answer?](repeating: nil, count: questionCount)
        predictions = answers
    }

    /// Empties the sheet, keeping its storage.
    public mutating func removeAll() {
        for position in answers.indices {
            answers[position] = nil
            predictions[position] = nil
        }
    }
}
