/// When a question is shown: a predicate over earlier answers.
///
/// Written in a workshop as `{"question": "q", "equals": 4}`, `{"question": "q", "oneOf": [...]}`,
/// `{"question": "q", "greaterThan": 3}`, `{"question": "q", "lessThan": 3}`,
/// `{"question": "q", "includes": "option"}` (multi), `{"question": "q", "answered": true}`,
/// `{"all": [...]}`, `{"any": [...]}`, `{"not": {...}}`.
public indirect enum Condition: Sendable, Hashable {
    /// The answer equals the value.
    case equals(question: String, ConditionValue)
    /// The answer is one of the values.
    case oneOf(question: String, [ConditionValue])
    /// The numeric answer is greater than the bound.
    case greaterThan(question: String, Double)
    /// The numeric answer is less than the bound.
    case lessThan(question: String, Double)
    /// The multi answer includes the option.
    case includes(question: String, String)
    /// The question was (or, with `false`, was not) given a real answer.
    case answered(question: String, Bool)
    /// Every condition holds.
    case all([Condition])
    /// At least one condition holds.
    case any([Condition])
    /// The condition does not hold.
    case not(Condition)

    /// Every question id the condition reads, in order of appearance.
    public var referencedQuestions: [String] {
        switch self {
        case .equals(let q, _), .oneOf(let q, _), .greaterThan(let q, _), .lessThan(let q, _),
            .includes(let q, _), .answered(let q, _):
            [q]
        case .all(let conditions), .any(let conditions): conditions.flatMap(\.referencedQuestions)
        case .not(let condition): condition.referencedQuestions
        }
    }
}

/// A literal compared with an answer in a condition.
public enum ConditionValue: Sendable, Hashable {
    /// A number (scale point or number answer).
    case number(Double)
    /// An option id (choice answer).
    case option(String)
    /// A yes/no answer.
    case bool(Bool)
}
