import Foundation

/// Why typed text is not an answer to a question. Each case names the question; `reason` is
/// the line a participant sees before being asked again.
public enum AnswerInputError: Error, Sendable, Hashable, LocalizedError {
    /// Nothing was typed for a question that has no answer yet.
    case empty(question: String)
    /// The text is not a number, a label or an id the question understands.
    case notUnderstood(question: String, input: String, expected: String)
    /// A number that is not one of the numbered options.
    case noSuchNumber(question: String, number: Int, count: Int)
    /// A label prefix that fits more than one option.
    case ambiguous(question: String, input: String, matches: [String])
    /// A grouped number that could mean several values (`25.000` in English): what to type
    /// for each reading.
    case ambiguousNumber(question: String, input: String, readings: [String])
    /// The text was read, but the answer breaks the question's rules.
    case invalid(AnswerError)

    /// The question the problem is about.
    public var questionID: String {
        switch self {
        case .empty(let q), .notUnderstood(let q, _, _), .noSuchNumber(let q, _, _), .ambiguous(let q, _, _),
            .ambiguousNumber(let q, _, _):
            q
        case .invalid(let error): error.questionID
        }
    }

    /// What to fix, without the question id, in English.
    public var reason: String { reason(in: nil) }

    /// What to fix in `language` (English when `nil` or without a catalogue).
    public func reason(in language: Language?) -> String {
        let words = Catalogue.for(language).answers
        return switch self {
        case .empty: words.typeAnAnswer
        case .notUnderstood(_, let input, let expected): words.notUnderstood(input, expected)
        case .noSuchNumber(_, let number, let count): words.noSuchNumber(number, count)
        case .ambiguous(_, let input, let matches): words.fitsSeveral(input, matches)
        case .ambiguousNumber(_, let input, let readings): words.ambiguousNumber(input, readings)
        case .invalid(let error): error.reason(in: language)
        }
    }

    /// The full message, naming the question, in English.
    public var errorDescription: String? { "question '\(input: questionID)': \(reason)" }

    /// The full message, naming the question, in `language`.
    public func message(in language: Language?) -> String {
        Catalogue.for(language).answers.aboutQuestion(questionID, reason(in: language))
    }
}
