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

    /// What to fix, without the question id.
    public var reason: String {
        switch self {
        case .empty: "type an answer (or :help)"
        case .notUnderstood(_, let input, let expected): "'\(input: input)' is not understood here; type \(expected)"
        case .noSuchNumber(_, let number, let count): "\(number) is not an option (1–\(count))"
        case .ambiguous(_, let input, let matches):
            "'\(input: input)' fits several options (\(matches.joined(separator: ", "))); type more of it"
        case .ambiguousNumber(_, let input, let readings):
            "'\(input: input)' can be read as "
                + readings.map { "\($0)" }.joined(separator: " or as ")
                + "; type it without grouping marks, such as "
                + readings.joined(separator: " or ")
        case .invalid(let error): error.reason
        }
    }

    /// The full message, naming the question.
    public var errorDescription: String? { "question '\(input: questionID)': \(reason)" }
}
