import Foundation

/// Why an answer or a submission does not fit its workshop. Each case names the question.
public enum AnswerError: Error, Sendable, Hashable, LocalizedError {
    /// The id is not a question of the workshop.
    case unknownQuestion(String)
    /// The JSON value has the wrong shape for the question's type.
    case wrongType(question: String, expected: String, found: String)
    /// The integer is not a point of the scale.
    case notOnScale(question: String, value: Int, min: Int, max: Int)
    /// The option id is not one of the question's options.
    case unknownOption(question: String, option: String, valid: [String])
    /// The same option was given twice.
    case duplicateOption(question: String, option: String)
    /// Fewer options selected than the question's minimum.
    case tooFewSelections(question: String, count: Int, min: Int)
    /// More options selected than the question's maximum.
    case tooManySelections(question: String, count: Int, max: Int)
    /// A ranking that leaves options out.
    case incompleteRanking(question: String, missing: [String])
    /// A number outside the question's bounds.
    case numberOutOfRange(question: String, value: Double, min: Double?, max: Double?)
    /// A fraction where a whole number is required.
    case notWholeNumber(question: String, value: Double)
    /// Text longer than the question allows.
    case textTooLong(question: String, length: Int, max: Int)
    /// "Don't know" or "prefer not to say" where the author did not offer it.
    case notOffered(question: String, answer: String)
    /// A required question that was shown was not answered.
    case missingRequired(question: String)
    /// An answer to a question that its condition hides.
    case answeredHiddenQuestion(question: String)
    /// A prediction for a question that does not ask for one.
    case predictionNotAsked(question: String)
    /// A prediction for a question that its condition hides: the participant was never
    /// asked it, so the guess is refused like an answer would be.
    case predictedHiddenQuestion(question: String)

    /// The question the problem is about.
    public var questionID: String {
        switch self {
        case .unknownQuestion(let q), .wrongType(let q, _, _), .notOnScale(let q, _, _, _),
            .unknownOption(let q, _, _), .duplicateOption(let q, _), .tooFewSelections(let q, _, _),
            .tooManySelections(let q, _, _), .incompleteRanking(let q, _), .numberOutOfRange(let q, _, _, _),
            .notWholeNumber(let q, _), .textTooLong(let q, _, _), .notOffered(let q, _),
            .missingRequired(let q), .answeredHiddenQuestion(let q), .predictionNotAsked(let q),
            .predictedHiddenQuestion(let q):
            q
        }
    }

    /// A message that says what to fix, without the question id (callers add context).
    public var reason: String {
        switch self {
        case .unknownQuestion: "this workshop has no such question"
        case .wrongType(_, let expected, let found): "expected \(expected), found \(found)"
        case .notOnScale(_, let value, let min, let max): "\(value) is not on this scale (\(min)–\(max))"
        case .unknownOption(_, let option, let valid):
            "'\(input: option)' is not an option (options: \(valid.joined(separator: ", ")))"
        case .duplicateOption(_, let option): "'\(input: option)' is given twice"
        case .tooFewSelections(_, let count, let min): "choose at least \(min) (got \(count))"
        case .tooManySelections(_, let count, let max): "choose at most \(max) (got \(count))"
        case .incompleteRanking(_, let missing): "rank every option; missing: \(missing.joined(separator: ", "))"
        case .numberOutOfRange(_, let value, let min, let max):
            "\(NumberFormatting.plain(value)) is outside the allowed range (\(NumberFormatting.range(min, max)))"
        case .notWholeNumber(_, let value): "\(NumberFormatting.plain(value)) is not a whole number"
        case .textTooLong(_, let length, let max): "the text has \(length) characters; at most \(max) are allowed"
        case .notOffered(_, let answer): "'\(input: answer)' is not offered for this question"
        case .missingRequired: "this question is required"
        case .answeredHiddenQuestion: "this question is not shown for the earlier answers, so it takes no answer"
        case .predictionNotAsked: "this question does not ask for a prediction"
        case .predictedHiddenQuestion:
            "this question is not shown for the earlier answers, so it takes no prediction"
        }
    }

    /// The full message, naming the question.
    public var errorDescription: String? { "question '\(input: questionID)': \(reason)" }
}

/// Small number formatting shared by messages.
enum NumberFormatting {
    /// `12` for whole numbers, `12.5` otherwise.
    static func plain(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// `0–60`, `at least 0`, `at most 60` or `any number`.
    static func range(_ min: Double?, _ max: Double?) -> String {
        switch (min, max) {
        case (let min?, let max?): "\(plain(min))–\(plain(max))"
        case (let min?, nil): "at least \(plain(min))"
        case (nil, let max?): "at most \(plain(max))"
        case (nil, nil): "any number"
        }
    }
}
