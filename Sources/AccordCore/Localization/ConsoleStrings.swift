/// What the facilitator's terminal console (`accord facilitate`) says, in one language.
///
/// The command words themselves (`next`, `reveal`, `action add --owner …`) are the same in
/// every language, like the runner's `:help` and `:back`: scripts and the documentation stay
/// valid whatever the facilitator's language, and Tab completes exactly the words `help`
/// lists. Everything around them (help texts, messages, prompts, errors) is translated.
/// Numbers reach the entries already formatted for the language (`TypedNumber.format`).
public struct ConsoleStrings: Sendable {
    /// How a command is shown in `help`: how it is typed (its placeholders translated) and
    /// what it does.
    public struct HelpEntry: Sendable, Hashable {
        /// `phase N|SECTION`.
        public let usage: String
        /// What the command does.
        public let meaning: String

        /// Creates an entry.
        public init(_ usage: String, _ meaning: String) {
            self.usage = usage
            self.meaning = meaning
        }
    }

    /// What a finding asks the room, by what it found.
    public enum RoomQuestion: Sendable, Hashable {
        /// A gap between the partners (`partners`) or the levels on a question of `type`;
        /// a dispersed gap asks about the spread within each side too.
        case gap(QuestionType, partners: Bool, dispersed: Bool)
        /// A group's answers spread widely.
        case spread
        /// One partner's picture of the other's answers.
        case understanding(guesser: String, other: String)
    }

    // MARK: Welcome, prompt, help
    /// The first line: `Title — facilitating for Acme and Globex`.
    public let facilitatingFor: @Sendable (_ title: String, _ partners: [String]) -> String
    /// `Round 2 is open.`
    public let roundState: @Sendable (_ round: Int, _ isOpen: Bool) -> String
    /// How to begin.
    public let welcomeHint: String
    /// After Ctrl-C.
    public let stopped: String
    /// The prompt's marker while a section's results are discussed (`results`).
    public let resultsMarker: String
    /// `accord facilitate --demo` before the console: the made-up session, and how to continue it.
    public let demoIntroduction: @Sendable (_ session: String, _ continueCommand: String) -> String
    /// Each command in `help` (`quit` included, `help` itself is not listed).
    public let commandHelp: @Sendable (FacilitationCommand) -> HelpEntry
    /// `action add …` in `help`, after `action`.
    public let actionAddHelp: HelpEntry
    /// How a command is typed, for errors (`Usage: …`).
    public let usage: @Sendable (FacilitationCommand) -> String

    // MARK: Agenda and phases
    /// `Agenda: Title (90 min)`.
    public let agendaHeading: @Sendable (_ title: String, _ totalMinutes: Int?) -> String
    /// `15 min`.
    public let minutes: @Sendable (_ minutes: Int) -> String
    /// A phase without a timebox, in the agenda.
    public let noTimebox: String
    /// `3 questions`.
    public let questionCount: @Sendable (_ count: Int) -> String
    /// `next` after the last phase.
    public let lastPhaseDone: String
    /// `Phase 2 of 4: Title`.
    public let phaseHeading: @Sendable (_ number: Int, _ count: Int, _ title: String) -> String
    /// Before the introduction to read out.
    public let readOut: String
    /// Before the facilitator's notes.
    public let yourNotes: String
    /// After a phase's texts: `counts`, and what `next` does (`nil`: this is the last phase).
    public let whileAnswering: @Sendable (_ nextPhase: Int?) -> String
    /// `time` before any phase.
    public let noPhaseYet: String
    /// `time` on a phase without a timebox; the clock is `4:05`.
    public let noTimeboxSince: @Sendable (_ title: String, _ clock: String) -> String
    /// The countdown: `12:30 left of 15:00`, `time is up (15:00)`, `2:10 over 15:00`.
    public let countdown: @Sendable (_ remaining: String, _ box: String, _ remainingSeconds: Int) -> String
    /// After a countdown that has run out.
    public let wrapUp: String

    // MARK: Counts and rounds
    /// `Round 2 (open) — submitted:`.
    public let countsHeading: @Sendable (_ round: Int, _ isOpen: Bool) -> String
    /// A group's count when it is hidden.
    public let hidden: String
    /// Everyone, as a group.
    public let everyone: String
    /// A level as a group (`Management`).
    public let levelTitle: @Sendable (Level) -> String
    /// Every group has reached the threshold.
    public let everyGroupShown: @Sendable (_ minGroupSize: Int) -> String
    /// Some groups are hidden so far.
    public let someGroupsHidden: @Sendable (_ minGroupSize: Int) -> String
    /// `open` on an open round.
    public let alreadyOpen: @Sendable (_ round: Int) -> String
    /// After `open`; `command` is how participants join.
    public let roundOpened: @Sendable (_ round: Int, _ command: String) -> String
    /// After `open`: the agenda again.
    public let walkAgain: String
    /// `close` on a closed round.
    public let alreadyClosed: @Sendable (_ round: Int) -> String
    /// After `close`.
    public let roundClosed: @Sendable (_ round: Int) -> String
    /// Before the confirmation.
    public let closingWarning: @Sendable (_ round: Int) -> String
    /// The confirmation prompt.
    public let closeConfirm: @Sendable (_ round: Int) -> String
    /// The round after declining to close it.
    public let staysOpen: @Sendable (_ round: Int) -> String
    /// Words that confirm, the first offered by Tab (`yes` and `y` confirm in every language).
    public let yesWords: [String]
    /// Words that decline, offered by Tab at the confirmation (with `no`).
    public let noWords: [String]

    // MARK: Reveal
    /// `reveal` after the last section.
    public let everySectionRevealed: @Sendable (_ round: Int) -> String
    /// `Round 1 · Title (section 2 of 4)`.
    public let sectionHeading: @Sendable (_ round: Int, _ title: String, _ number: Int, _ count: Int) -> String
    /// A section without a gap above negligible.
    public let noLargeGap: String
    /// Before the actions agreed on the section in earlier rounds.
    public let earlierActions: String
    /// After a reveal.
    public let recordHint: String
    /// Before the question a finding puts to the room.
    public let askRoom: @Sendable (_ question: String) -> String
    /// The question a finding puts to the room (`DiscussionFinding.roomQuestion`).
    public let roomQuestion: @Sendable (RoomQuestion) -> String
    /// `more` before any reveal.
    public let revealFirst: String
    /// `more` with nothing left.
    public let noMoreFindings: String
    /// Smaller findings not shown.
    public let moreFindings: @Sendable (_ count: Int) -> String
    /// `Results of round 2: alignment index 73 / 100`.
    public let resultsOf: @Sendable (_ round: Int, _ index: String) -> String
    /// ` (+4 since round 1)`.
    public let sinceRound: @Sendable (_ change: String, _ round: Int) -> String
    /// The strongest driver with a low score; `r` is already formatted.
    public let actFirst: @Sendable (_ dimension: String, _ r: String, _ score: Int) -> String
    /// The hidden groups of the round, listed.
    public let hiddenGroups: @Sendable (_ list: String) -> String

    // MARK: Actions
    /// `due by round 3` (it is due) or `for round 3`.
    public let due: @Sendable (_ round: Int, _ isDue: Bool) -> String
    /// `Trust alignment: 52 in round 1, 60 now`.
    public let dimensionAlignment: @Sendable (_ title: String, _ then: String, _ thenRound: Int, _ now: String) -> String
    /// Asks what will be done.
    public let askWhat: String
    /// An empty answer to `askWhat`.
    public let noActionRecorded: String
    /// Asks for the owner among the partners (`Acme/Globex`).
    public let askOwner: @Sendable (_ partners: String) -> String
    /// Asks for the due round, with its default.
    public let askDue: @Sendable (_ defaultRound: Int) -> String
    /// Asks which findings an action addresses; `findings` is how many the last reveal showed.
    public let askAbout: @Sendable (_ findings: Int) -> String
    /// `Recorded action #1: Acme, by round 2: text`.
    public let recorded: @Sendable (_ id: Int, _ owner: String, _ due: Int, _ text: String) -> String
    /// ` (about: …)` after a recorded action.
    public let aboutTopics: @Sendable (_ topics: [String]) -> String
    /// A dimension among an action's topics.
    public let dimensionTopic: @Sendable (_ title: String) -> String
    /// `actions` with none agreed.
    public let noActionsYet: String
    /// An action before any round is closed: `#1 Acme, by round 2: text`.
    public let actionLine: @Sendable (_ id: Int, _ owner: String, _ due: Int, _ text: String) -> String
    /// `Actions (as of round 2):`.
    public let actionsAsOf: @Sendable (_ round: Int) -> String

    // MARK: Errors
    /// `--due` given without a value.
    public let needsValue: @Sendable (_ option: String) -> String
    /// `action add` without `--owner`.
    public let ownerMissing: String
    /// `--due` that is not a number.
    public let dueNeedsNumber: String
    /// `phase` without a phase.
    public let sayWhichPhase: String
    /// What went wrong while facilitating, saying what to do (`FacilitationError`).
    public let error: @Sendable (FacilitationError) -> String
}

extension ConsoleStrings {
    /// A group's name in this language: `Acme · Management`, `Everyone`.
    public func name(of group: GroupKey) -> String {
        switch (group.partner, group.level) {
        case (let partner?, let level?): "\(partner) · \(levelTitle(level))"
        case (let partner?, nil): partner
        case (nil, let level?): levelTitle(level)
        case (nil, nil): everyone
        }
    }

    /// A count as the console's counts table shows it: `7` or `hidden`.
    public func text(_ count: SubmissionProgress.Count) -> String {
        switch count {
        case .shown(let n): String(n)
        case .hidden: hidden
        }
    }

    /// The countdown's text in this language.
    public func text(_ countdown: Countdown) -> String {
        let remaining = countdown.remainingSeconds
        return self.countdown(Countdown.clock(abs(remaining)), Countdown.clock(countdown.timeboxSeconds), remaining)
    }

    /// Whether `answer` confirms: this language's words, or `yes` and `y` in any language.
    public func confirms(_ answer: String) -> Bool {
        (ConsoleStrings.english.yesWords + yesWords).contains(answer.lowercased())
    }

    /// What Tab completes at the confirmation: this language's yes and no, then English's.
    public var confirmationWords: [String] {
        var words: [String] = []
        for word in [yesWords.first, noWords.first, "yes", "no"].compactMap({ $0 }) where !words.contains(word) {
            words.append(word)
        }
        return words
    }

    /// The lines of `help`, in `FacilitationCommand` order, `action add` after `action`.
    public var helpEntries: [HelpEntry] {
        FacilitationCommand.allCases.filter { $0 != .help }.flatMap { command in
            command == .action ? [commandHelp(command), actionAddHelp] : [commandHelp(command)]
        }
    }
}
