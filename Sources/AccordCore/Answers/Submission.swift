/// One participant's complete set of answers: all that is ever stored about them.
///
/// By design there is no name, time, sequence number, host or terminal here
/// (`anonymity.md` rule 1).
public struct Submission: Sendable, Hashable {
    /// The partner organisation the participant chose.
    public var partner: String
    /// The level the participant chose.
    public var level: Level
    /// The round, or `nil` for the session's current round.
    public var round: Int?
    /// Answers by question id. A question left out was not answered.
    public var answers: [String: Answer]
    /// Guesses of how the other partner answers, by question id (prediction questions only).
    public var predictions: [String: Answer]

    /// Creates a submission.
    public init(
        partner: String, level: Level, round: Int? = nil, answers: [String: Answer],
        predictions: [String: Answer] = [:]
    ) {
        self.partner = partner
        self.level = level
        self.round = round
        self.answers = answers
        self.predictions = predictions
    }
}
