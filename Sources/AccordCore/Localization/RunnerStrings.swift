/// What the terminal runner and the kiosk say, in one language.
public struct RunnerStrings: Sendable {
    /// Asks which language to answer in (shown in every offered language).
    public let chooseLanguage: String
    /// The answer prompt in accessible mode.
    public let answerPrompt: String
    /// Under the title: anonymity and where help is.
    public let welcome: String
    /// The kiosk start screen: anonymity.
    public let kioskWelcome: String
    /// The kiosk start prompt (accessible mode adds a colon).
    public let pressEnterToBegin: String
    /// Submissions at the kiosk so far.
    public let submittedSoFar: @Sendable (_ count: Int) -> String
    /// The kiosk's thank-you.
    public let kioskThanks: String
    /// How to leave a kiosk turn.
    public let kioskQuitHint: String
    /// Before the resume command.
    public let resumeHint: String
    /// On resuming: partner, level title, answered and visible questions.
    public let welcomeBack: @Sendable (_ partner: String, _ level: String, _ answered: Int, _ total: Int) -> String
    /// A section heading in accessible mode.
    public let section: @Sendable (_ title: String) -> String
    /// A section's time box.
    public let aboutMinutes: @Sendable (_ minutes: Int) -> String
    /// Progress in accessible mode.
    public let progressSpoken: @Sendable (_ number: Int, _ total: Int, _ section: String, _ guess: Bool) -> String
    /// The short progress marker after the counts, for a guess.
    public let yourGuessMarker: String
    /// Asks for a guess of the other partner's answer.
    public let nowGuess: @Sendable (_ otherPartner: String) -> String
    /// The other partner when the session has only one.
    public let theOtherPartner: String
    /// After an optional question's prompt.
    public let optionalMark: String
    /// Below a question, accessible mode: the hint and whether Enter skips.
    public let typeHintSpoken: @Sendable (_ hint: String, _ enterSkips: Bool) -> String
    /// Below a question: the hint and whether Enter skips.
    public let typeHintShort: @Sendable (_ hint: String, _ enterSkips: Bool) -> String
    /// `?` on a question without help.
    public let noExtraHelp: String
    /// `?`: what to type.
    public let typeHint: @Sendable (_ hint: String) -> String
    /// The heading of `:help`.
    public let commands: String
    /// What each command does, in `RunnerCommand.summary` order: `?`, back, skip, review, help, quit.
    public let commandMeanings: [String]
    /// What `:quit` does in the kiosk.
    public let kioskQuitMeaning: String
    /// Below the commands.
    public let commandsFootnote: String
    /// Before a refusal, in accessible mode.
    public let notAccepted: @Sendable (_ message: String) -> String
    /// How a range dash is read aloud: ` to `.
    public let rangeSpoken: String
    /// In the review: the answer.
    public let yourAnswer: @Sendable (_ answer: String) -> String
    /// In the review: the guess.
    public let yourGuess: @Sendable (_ guess: String) -> String
    /// In the review: no answer.
    public let notAnswered: String
    /// In the review: no guess.
    public let notGiven: String
    /// `:back` on the first question.
    public let firstQuestion: String
    /// `:skip` on a required question.
    public let requiredCannotSkip: String
    /// `?` at the partner or level question.
    public let profileHelp: String
    /// A command at the partner or level question.
    public let chooseFirst: String
    /// The partner question.
    public let partnerQuestion: String
    /// The level question.
    public let levelQuestion: String
    /// The level titles, management then execution.
    public let management: String
    /// The execution level.
    public let execution: String
    /// The kiosk's confirmation before leaving.
    public let leaveConfirm: String
    /// After declining to leave.
    public let answersKept: String
    /// `:review` heading.
    public let answersSoFar: String
    /// `:review` prompt.
    public let numberToChange: String
    /// A wrong line at `:review`.
    public let typeQuestionNumber: @Sendable (_ count: Int) -> String
    /// The final review heading.
    public let checkBeforeSubmit: String
    /// Below the final review.
    public let finalReviewHelp: String
    /// The final prompt.
    public let submitPrompt: String
    /// Words that submit, besides `yes`, `y` and `submit`.
    public let submitWords: [String]
    /// After submitting.
    public let submitted: String
    /// A wrong line at the final review.
    public let typeYesToSubmit: @Sendable (_ count: Int) -> String
    /// Stopped with a draft to resume.
    public let stoppedResume: @Sendable (_ command: String) -> String
    /// Stopped before any answer.
    public let stoppedNothingKept: String
    /// A kiosk turn left without submitting.
    public let turnEnded: String
}

extension RunnerStrings {
    /// The title of `level` in this language.
    public func title(of level: Level) -> String {
        switch level {
        case .management: management
        case .execution: execution
        }
    }
}
