import Foundation

/// Why a submission could not be counted. The store validates submissions before they are
/// stored, so any of these means the stored data does not fit the session's workshop.
public enum AggregationError: Error, Sendable, Hashable, LocalizedError {
    /// The submission names a partner the session does not have.
    case unknownPartner(String, partners: [String])
    /// An answer or prediction to a question the workshop does not have.
    case unknownQuestion(String)
    /// An answer that does not fit its question (wrong type, off the scale, unknown option).
    case answerDoesNotFit(question: String, answer: Answer)

    /// A message that names what does not fit.
    public var errorDescription: String? {
        switch self {
        case .unknownPartner(let partner, let partners):
            "a submission names partner '\(partner)', but the session's partners are \(partners.map { "'\($0)'" }.joined(separator: " and "))"
        case .unknownQuestion(let id):
            "a submission answers question '\(id)', which the session's workshop does not have"
        case .answerDoesNotFit(let question, let answer):
            "question '\(question)': the answer \(answer.jsonValue.serialized) does not fit the question"
        }
    }
}
