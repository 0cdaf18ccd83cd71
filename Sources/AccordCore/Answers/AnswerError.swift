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

    /// A message that says what to fix, without the question id (callers add context), in English.
    public var reason: String { reason(in: nil) }

    /// What to fix in `language` (English when `nil` or without a catalogue), numbers
    /// written in that language.
    public func reason(in language: Language?) -> String {
        let words = Catalogue.for(language).answers
        let numbers = TypedNumber(language: language?.code ?? "en")
        return switch self {
        case .unknownQuestion: words.unknownQuestion
        case .wrongType(_, let expected, let found): words.wrongType(expected, found)
        case .notOnScale(_, let value, let min, let max): words.notOnScale(value, min, max)
        case .unknownOption(_, let option, let valid): words.unknownOption(option, valid)
        case .duplicateOption(_, let option): words.duplicateOption(option)
        case .tooFewSelections(_, let count, let min): words.tooFewSelections(count, min)
        case .tooManySelections(_, let count, let max): words.tooManySelections(count, max)
        case .incompleteRanking(_, let missing): words.incompleteRanking(missing)
        case .numberOutOfRange(_, let value, let min, let max):
            words.numberOutOfRange(numbers.format(value), NumberFormatting.range(min, max, words, numbers))
        case .notWholeNumber(_, let value): words.notWholeNumber(numbers.format(value))
        case .textTooLong(_, let length, let max): words.textTooLong(length, max)
        case .notOffered(_, let answer): words.notOffered(answer)
        case .missingRequired: words.missingRequired
        case .answeredHiddenQuestion: words.answeredHiddenQuestion
        case .predictionNotAsked: words.predictionNotAsked
        case .predictedHiddenQuestion: words.predictedHiddenQuestion
        }
    }

    /// The full message, naming the question.
    public var errorDescription: String? { "question '\(input: questionID)': \(reason)" }
}

/// Number ranges in messages, written in one language.
enum NumberFormatting {
    /// `0–60`, `at least 0`, `at most 60` or `any number`, in the words and numbers given.
    static func range(_ min: Double?, _ max: Double?, _ words: AnswerStrings, _ numbers: TypedNumber) -> String {
        switch (min, max) {
        case (let min?, let max?): "\(numbers.format(min))–\(numbers.format(max))"
        case (let min?, nil): words.rangeAtLeast(numbers.format(min))
        case (nil, let max?): words.rangeAtMost(numbers.format(max))
        case (nil, nil): words.rangeAny
        }
    }
}
