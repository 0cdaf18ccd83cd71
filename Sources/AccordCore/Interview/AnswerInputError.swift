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
    /// The text was read, but the answer breaks the question's rules.
    case invalid(AnswerError)

    /// The question the problem is about.
    public var questionID: String {
        switch self {
        case .empty(let q), .notUnderstood(let q, _, _), .noSuchNumber(let q, _, _), .ambiguous(let q, _, _): q
        case .invalid(let error): error.questionID
        }
    }

    /// What to fix, without the question id.
    public var reason: String {
        switch self {
        case .empty: "type an answer (or :help)"
        case .notUnderstood(_, let input, let expected): "'\(input)' is not understood here; type \(expected)"
        case .noSuchNumber(_, let number, let count): "\(number) is not an option (1–\(count))"
        case .ambiguous(_, let input, let matches):
            "'\(input)' fits several options (\(matches.joined(separator: ", "))); type more of it"
        case .invalid(let error): error.reason
        }
    }

    /// The full message, naming the question.
    public var errorDescription: String? { "question '\(questionID)': \(reason)" }
}
