/// A participant's unfinished answers, kept under a random resume code so that nothing they
/// answered is lost when they stop half-way (`anonymity.md` rule 7).
public struct Draft: Sendable, Hashable {
    /// The random code that resumes this draft (`accord run --resume CODE`).
    public var code: String
    /// The session the draft belongs to.
    public var sessionID: String
    /// The round the participant is answering.
    public var round: Int
    /// The partner the participant chose.
    public var partner: String
    /// The level the participant chose.
    public var level: Level
    /// Answers so far, by question id.
    public var answers: [String: Answer]
    /// Predictions so far, by question id.
    public var predictions: [String: Answer]
    /// The workshop language the participant answers in, or `nil` for the workshop's own.
    /// Kept with the draft only: the submission never records it (a rare language would
    /// identify who answered).
    public var language: String?

    /// Creates a draft.
    public init(
        code: String, sessionID: String, round: Int, partner: String, level: Level,
        answers: [String: Answer] = [:], predictions: [String: Answer] = [:], language: String? = nil
    ) {
        self.language = language
        self.code = code
        self.sessionID = sessionID
        self.round = round
        self.partner = partner
        self.level = level
        self.answers = answers
        self.predictions = predictions
    }

    /// The draft as a submission to its round.
    public var submission: Submission {
        Submission(partner: partner, level: level, round: round, answers: answers, predictions: predictions)
    }
}

/// Where a participant's answers go as they are given; implemented by the store, so that the
/// terminal and the server need not know about it.
public protocol AnswerRecorder: Sendable {
    /// Starts an empty draft in the session's current open round and returns it.
    func startDraft(session: String, partner: String, level: Level) throws -> Draft
    /// Replaces the stored answers, predictions and language of `draft.code` with `draft`'s, durably.
    func saveDraft(_ draft: Draft) throws
    /// The draft with `code`, or `nil` when there is none (submitted, discarded, mistyped).
    func loadDraft(code: String) throws -> Draft?
    /// Validates the draft against the session's workshop and stores it as a submission,
    /// deleting the draft in the same transaction.
    func submitDraft(_ draft: Draft) throws
    /// Deletes the draft without submitting it.
    func discardDraft(code: String) throws
}
