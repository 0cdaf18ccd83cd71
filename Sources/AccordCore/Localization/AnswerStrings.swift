/// What Accord says about typed answers, in one language: the labels it adds to choices,
/// the words it accepts, the hint under a question and every reason an answer is refused.
///
/// Quoted input goes through `\(input:)` in every language. Numbers arrive already written
/// in the language (`TypedNumber.format`).
public struct AnswerStrings: Sendable {
    /// The label of a yes answer.
    public let yes: String
    /// The label of a no answer.
    public let no: String
    /// The label of "don't know".
    public let dontKnow: String
    /// The label of "prefer not to say".
    public let preferNotToSay: String
    /// How an empty multiple choice reads.
    public let noneSelected: String
    /// Words typed for yes, besides the English ones every language accepts.
    public let yesWords: [String]
    /// Words typed for no.
    public let noWords: [String]
    /// Words typed for "don't know".
    public let dontKnowWords: [String]
    /// Words typed for "prefer not to say".
    public let preferNotToSayWords: [String]
    /// Words typed to choose nothing in a multiple choice.
    public let noneWords: [String]

    /// Hint for a scale: `1–5 or a label`.
    public let scaleHint: @Sendable (_ min: Int, _ max: Int) -> String
    /// Hint for a single choice of `count` options.
    public let choiceHint: @Sendable (_ count: Int) -> String
    /// Hint for a multiple choice; the argument is one of the selection phrases below.
    public let multiHint: @Sendable (_ selection: String) -> String
    /// Selection phrase: exactly `n`.
    public let selectExactly: @Sendable (_ count: Int) -> String
    /// Selection phrase: any number, or none.
    public let selectAnyOrNone: String
    /// Selection phrase: at least `n`.
    public let selectAtLeast: @Sendable (_ count: Int) -> String
    /// Selection phrase: at most `n`, or none.
    public let selectAtMostOrNone: @Sendable (_ count: Int) -> String
    /// Selection phrase: between `min` and `max`.
    public let selectBetween: @Sendable (_ min: Int, _ max: Int) -> String
    /// Hint for a ranking of `count` options.
    public let rankHint: @Sendable (_ count: Int) -> String
    /// Hint for a number: whole or not, its range (already written) and unit, if any.
    public let numberHint: @Sendable (_ whole: Bool, _ range: String?, _ unit: String?) -> String
    /// Hint for a free text of at most `max` characters.
    public let textHint: @Sendable (_ max: Int) -> String
    /// Hint for a yes/no question.
    public let yesNoHint: String
    /// A range with a lower bound only (the bound already written).
    public let rangeAtLeast: @Sendable (_ min: String) -> String
    /// A range with an upper bound only.
    public let rangeAtMost: @Sendable (_ max: String) -> String
    /// A range without bounds.
    public let rangeAny: String

    /// Nothing typed where an answer is needed.
    public let typeAnAnswer: String
    /// Typed text not understood; `expected` is the hint.
    public let notUnderstood: @Sendable (_ input: String, _ expected: String) -> String
    /// A number that is not one of the `count` options.
    public let noSuchNumber: @Sendable (_ number: Int, _ count: Int) -> String
    /// A label start that fits several options.
    public let fitsSeveral: @Sendable (_ input: String, _ matches: [String]) -> String
    /// A grouped number with several readings, each already written.
    public let ambiguousNumber: @Sendable (_ input: String, _ readings: [String]) -> String

    /// An answer to a question the workshop does not have.
    public let unknownQuestion: String
    /// A JSON value of the wrong shape.
    public let wrongType: @Sendable (_ expected: String, _ found: String) -> String
    /// An integer off the scale.
    public let notOnScale: @Sendable (_ value: Int, _ min: Int, _ max: Int) -> String
    /// An option that does not exist; `valid` are the labels.
    public let unknownOption: @Sendable (_ option: String, _ valid: [String]) -> String
    /// An option given twice.
    public let duplicateOption: @Sendable (_ option: String) -> String
    /// Fewer selections than allowed.
    public let tooFewSelections: @Sendable (_ count: Int, _ min: Int) -> String
    /// More selections than allowed.
    public let tooManySelections: @Sendable (_ count: Int, _ max: Int) -> String
    /// A ranking that leaves options out.
    public let incompleteRanking: @Sendable (_ missing: [String]) -> String
    /// A number outside its range (both already written).
    public let numberOutOfRange: @Sendable (_ value: String, _ range: String) -> String
    /// A fraction where a whole number is needed.
    public let notWholeNumber: @Sendable (_ value: String) -> String
    /// A text that is too long.
    public let textTooLong: @Sendable (_ length: Int, _ max: Int) -> String
    /// "Don't know" or "prefer not to say" where not offered.
    public let notOffered: @Sendable (_ answer: String) -> String
    /// A required question left unanswered.
    public let missingRequired: String
    /// An answer to a hidden question.
    public let answeredHiddenQuestion: String
    /// A prediction where none is asked.
    public let predictionNotAsked: String
    /// A prediction for a hidden question.
    public let predictedHiddenQuestion: String
    /// A reason with the question it is about.
    public let aboutQuestion: @Sendable (_ question: String, _ reason: String) -> String
}

extension AnswerStrings {
    /// English, the reference every other language translates.
    public static let english = AnswerStrings(
        yes: "Yes", no: "No", dontKnow: "Don't know", preferNotToSay: "Prefer not to say", noneSelected: "none",
        yesWords: ["yes", "y"], noWords: ["no", "n"],
        dontKnowWords: ["dk", "don't know", "dont know", "dont-know", "don’t know"],
        preferNotToSayWords: ["pnts", "prefer not to say", "prefer-not-to-say"], noneWords: ["none"],
        scaleHint: { "\($0)–\($1) or a label" },
        choiceHint: { "1–\($0) or a label" },
        multiHint: { "numbers or labels separated by commas; choose \($0)" },
        selectExactly: { "exactly \($0)" },
        selectAnyOrNone: "any of them, or none",
        selectAtLeast: { "at least \($0)" },
        selectAtMostOrNone: { "at most \($0), or none" },
        selectBetween: { "\($0) to \($1)" },
        rankHint: { "all \($0) numbers or labels, most important first" },
        numberHint: { whole, range, unit in
            (whole ? "a whole number" : "a number") + (range.map { " (\($0))" } ?? "") + (unit.map { " of \($0)" } ?? "")
        },
        textHint: { "text, at most \($0) characters" },
        yesNoHint: "yes or no",
        rangeAtLeast: { "at least \($0)" },
        rangeAtMost: { "at most \($0)" },
        rangeAny: "any number",
        typeAnAnswer: "type an answer (or :help)",
        notUnderstood: { "'\(input: $0)' is not understood here; type \($1)" },
        noSuchNumber: { "\($0) is not an option (1–\($1))" },
        fitsSeveral: { "'\(input: $0)' fits several options (\($1.joined(separator: ", "))); type more of it" },
        ambiguousNumber: { input, readings in
            "'\(input: input)' can be read as \(readings.joined(separator: " or as ")); "
                + "type it without grouping marks, such as \(readings.joined(separator: " or "))"
        },
        unknownQuestion: "this workshop has no such question",
        wrongType: { "expected \($0), found \($1)" },
        notOnScale: { "\($0) is not on this scale (\($1)–\($2))" },
        unknownOption: { "'\(input: $0)' is not an option (options: \($1.joined(separator: ", ")))" },
        duplicateOption: { "'\(input: $0)' is given twice" },
        tooFewSelections: { "choose at least \($1) (got \($0))" },
        tooManySelections: { "choose at most \($1) (got \($0))" },
        incompleteRanking: { "rank every option; missing: \($0.joined(separator: ", "))" },
        numberOutOfRange: { "\($0) is outside the allowed range (\($1))" },
        notWholeNumber: { "\($0) is not a whole number" },
        textTooLong: { "the text has \($0) characters; at most \($1) are allowed" },
        notOffered: { "'\(input: $0)' is not offered for this question" },
        missingRequired: "this question is required",
        answeredHiddenQuestion: "this question is not shown for the earlier answers, so it takes no answer",
        predictionNotAsked: "this question does not ask for a prediction",
        predictedHiddenQuestion: "this question is not shown for the earlier answers, so it takes no prediction",
        aboutQuestion: { "question '\(input: $0)': \($1)" })
}
