/// One participant's answer to one question.
///
/// In JSON (import lines, stored submissions) an answer is written as the contract in
/// `product.md` says: scale → integer, choice → option id, multi and rank → array of option
/// ids, number → number, text → string, yesno → boolean; "don't know" and "prefer not to
/// say" are the strings `"dont-know"` and `"prefer-not-to-say"`.
public enum Answer: Sendable, Hashable {
    /// A point on the question's scale.
    case scale(Int)
    /// The chosen option's id.
    case choice(String)
    /// The selected options' ids, in the order given.
    case multi([String])
    /// All options' ids, most important first.
    case rank([String])
    /// A number.
    case number(Double)
    /// Free text.
    case text(String)
    /// Yes (`true`) or no.
    case yesno(Bool)
    /// "Don't know": counted, left out of every statistic.
    case dontKnow
    /// "Prefer not to say": counted, left out of every statistic.
    case preferNotToSay

    /// The JSON string that stands for "don't know".
    public static let dontKnowToken = "dont-know"
    /// The JSON string that stands for "prefer not to say".
    public static let preferNotToSayToken = "prefer-not-to-say"

    /// Whether this is a real answer rather than "don't know" or "prefer not to say".
    public var isSubstantive: Bool {
        switch self {
        case .dontKnow, .preferNotToSay: false
        default: true
        }
    }

    /// The answer as a number, for scale and number answers.
    public var numericValue: Double? {
        switch self {
        case .scale(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    /// The answer as JSON, in the import format.
    public var jsonValue: JSONValue {
        switch self {
        case .scale(let value): .number(Double(value))
        case .choice(let option): .string(option)
        case .multi(let options), .rank(let options): .array(options.map(JSONValue.string))
        case .number(let value): .number(value)
        case .text(let text): .string(text)
        case .yesno(let value): .bool(value)
        case .dontKnow: .string(Answer.dontKnowToken)
        case .preferNotToSay: .string(Answer.preferNotToSayToken)
        }
    }

    /// Reads an answer to `question` from JSON, checking its shape (not its range: see
    /// `Question.check(_:)`).
    public init(json: JSONValue, for question: Question) throws(AnswerError) {
        if case .string(let token) = json, question.type != .text {
            if token == Answer.dontKnowToken { self = .dontKnow; return }
            if token == Answer.preferNotToSayToken { self = .preferNotToSay; return }
        }
        func mismatch() -> AnswerError {
            .wrongType(question: question.id, expected: question.type.expectedJSON, found: json.kindName)
        }
        switch (question.type, json) {
        case (.scale, .number(let value)):
            guard value.rounded() == value, abs(value) < 1e15 else { throw mismatch() }
            self = .scale(Int(value))
        case (.choice, .string(let option)): self = .choice(option)
        case (.multi, .array(let items)), (.rank, .array(let items)):
            var options: [String] = []
            for item in items {
                guard case .string(let option) = item else { throw mismatch() }
                options.append(option)
            }
            self = question.type == .multi ? .multi(options) : .rank(options)
        case (.number, .number(let value)): self = .number(value)
        case (.text, .string(let text)): self = .text(text)
        case (.yesno, .bool(let value)): self = .yesno(value)
        default: throw mismatch()
        }
    }
}

extension QuestionType {
    /// How an answer of this type is written in JSON, for error messages.
    public var expectedJSON: String {
        switch self {
        case .scale: "an integer on the scale"
        case .choice: "an option id (string)"
        case .multi: "an array of option ids"
        case .rank: "an array of all option ids, most important first"
        case .number: "a number"
        case .text: "a string"
        case .yesno: "true or false"
        }
    }
}
