/// One question of a workshop.
public struct Question: Sendable, Hashable, Identifiable {
    /// A stable identifier, unique in the workshop; the key of answers and predictions.
    public var id: String
    /// What is asked and how it is answered.
    public var kind: Kind
    /// The question as shown to participants.
    public var prompt: LocalizedText
    /// Extra explanation shown on request (`?` in the terminal).
    public var help: LocalizedText?
    /// Whether a shown question must be answered before submitting.
    public var required: Bool
    /// The dimension this question rolls up into, if any.
    public var dimension: String?
    /// A reverse-worded question ("there is friction between our teams"): its dimension
    /// score is flipped.
    public var reverse: Bool
    /// Whether participants also guess how the other partner answers.
    public var predict: Bool
    /// Whether this is the workshop's outcome ("would you recommend this partner"), the
    /// answer the report's driver analysis relates each dimension to. At most one per
    /// workshop; scale, yesno or number only.
    public var outcome: Bool
    /// Whether "don't know" is offered.
    public var allowDontKnow: Bool
    /// Whether "prefer not to say" is offered.
    public var allowPreferNotToSay: Bool
    /// The question is shown only when this holds for earlier answers.
    public var condition: Condition?

    /// Creates a question.
    public init(
        id: String, kind: Kind, prompt: LocalizedText, help: LocalizedText? = nil, required: Bool = true,
        dimension: String? = nil, reverse: Bool = false, predict: Bool = false,
        allowDontKnow: Bool = false, allowPreferNotToSay: Bool = false, condition: Condition? = nil,
        outcome: Bool = false
    ) {
        self.id = id
        self.kind = kind
        self.prompt = prompt
        self.help = help
        self.required = required
        self.dimension = dimension
        self.reverse = reverse
        self.predict = predict
        self.allowDontKnow = allowDontKnow
        self.allowPreferNotToSay = allowPreferNotToSay
        self.condition = condition
        self.outcome = outcome
    }

    /// The type of a question with everything needed to ask and check it.
    public enum Kind: Sendable, Hashable {
        /// A point on a labelled scale.
        case scale(Scale)
        /// Exactly one option.
        case choice([Option])
        /// Between `min` and `max` options (inclusive).
        case multi([Option], min: Int, max: Int)
        /// All options, in order of importance.
        case rank([Option])
        /// A number, optionally bounded, optionally whole.
        case number(NumberRange)
        /// Free text of at most `maxLength` characters.
        case text(maxLength: Int)
        /// Yes or no.
        case yesno
    }

    /// The type name as written in the workshop and the report (`scale`, `choice`...).
    public var type: QuestionType {
        switch kind {
        case .scale: .scale
        case .choice: .choice
        case .multi: .multi
        case .rank: .rank
        case .number: .number
        case .text: .text
        case .yesno: .yesno
        }
    }

    /// The options of a choice, multi or rank question; empty otherwise.
    public var options: [Option] {
        switch kind {
        case .choice(let options), .multi(let options, _, _), .rank(let options): options
        default: []
        }
    }
}

/// The type names of questions.
public enum QuestionType: String, Sendable, Hashable, CaseIterable, Codable {
    case scale, choice, multi, rank, number, text, yesno
}

/// An option of a choice, multi or rank question.
public struct Option: Sendable, Hashable, Identifiable {
    /// The stable id stored as the answer, such as `new-markets`.
    public var id: String
    /// The label shown to participants.
    public var label: LocalizedText

    /// Creates an option.
    public init(id: String, label: LocalizedText) {
        self.id = id
        self.label = label
    }
}

/// The bounds of a number question.
public struct NumberRange: Sendable, Hashable {
    /// The smallest allowed answer, if bounded below.
    public var min: Double?
    /// The largest allowed answer, if bounded above.
    public var max: Double?
    /// The unit shown after the answer, such as `months`.
    public var unit: LocalizedText?
    /// Whether only whole numbers are allowed.
    public var integer: Bool

    /// Creates a range.
    public init(min: Double? = nil, max: Double? = nil, unit: LocalizedText? = nil, integer: Bool = false) {
        self.min = min
        self.max = max
        self.unit = unit
        self.integer = integer
    }

    /// Whether `value` lies within the bounds (and is whole when required).
    public func contains(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        if let min, value < min { return false }
        if let max, value > max { return false }
        if integer, value.rounded() != value { return false }
        return true
    }
}
