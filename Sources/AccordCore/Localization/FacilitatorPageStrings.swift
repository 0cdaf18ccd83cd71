/// What the facilitator's pages of `accord serve` say in one language: the browser console
/// (phase and countdown, reveal, counts, agenda, actions, help, round changes, its refusals)
/// and the presenter view for the projector. Members named `…HTML` take and return HTML
/// (their arguments already escaped); everything else is plain text the pages escape.
/// Counts arrive already written in the language (`TypedNumber.format`), with the number
/// itself for a plural.
///
/// A type of its own beside `PageStrings` (the participant pages) so that the terminal console
/// can share it; `FacilitatorPageStrings.for` picks one by `Catalogue.for`'s rule.
public struct FacilitatorPageStrings: Sendable {
    // The frame of every console page.
    /// The link back from a console page.
    public let backToConsole: String
    /// The label of the console's navigation.
    public let consoleNavigation: String
    /// The label of the language links.
    public let languageNavigation: String
    /// The console's page title, before the workshop's title.
    public let facilitator: String
    /// The session line: its id and partners, each already HTML.
    public let sessionHTML: @Sendable (_ idHTML: String, _ partnersHTML: [String]) -> String
    /// The agenda page: link, title.
    public let agenda: String
    /// The counts page: link, title.
    public let counts: String
    /// The actions page: link, title.
    public let actions: String
    /// The action form: link, title.
    public let recordAction: String
    /// The help page: link, title, heading.
    public let help: String
    /// The link to the presenter view.
    public let presenterView: String
    /// The join heading (console) and the join area's label (presenter).
    public let join: String
    /// The QR code's label.
    public let qrCodeLabel: String
    /// Under the console's QR code, the join link as HTML.
    public let participantsScanHTML: @Sendable (_ linkHTML: String) -> String
    /// The link to open the next round.
    public let openRoundStep: @Sendable (_ round: Int) -> String
    /// The link to close the open round.
    public let closeRoundStep: @Sendable (_ round: Int) -> String

    // The current phase.
    /// Before the first phase: how many phases, how many minutes in all.
    public let noPhaseYet: @Sendable (_ phases: Int, _ minutes: String?) -> String
    /// A button starting a phase.
    public let startPhase: @Sendable (_ number: Int) -> String
    /// The phase heading, the title already HTML; `discussingResults` while its results are discussed.
    public let phaseHeadingHTML: @Sendable (_ number: Int, _ of: Int, _ titleHTML: String, _ discussingResults: Bool) -> String
    /// Before the introduction to read out.
    public let readOut: String
    /// Before the facilitator's notes.
    public let yourNotes: String
    /// The button back to the phase before.
    public let previousPhase: String
    /// The button to the next phase, with its title.
    public let nextPhase: @Sendable (_ title: String) -> String
    /// On the last phase.
    public let lastPhase: String
    // A timed phase's countdown is the console's words (`ConsoleStrings.text(_:)`), shared
    // with the terminal console.
    /// A phase without a timebox: how long it has run.
    public let sinceStarted: @Sendable (_ clock: String, _ phase: String) -> String

    // Revealing results.
    /// The revealed section's heading, its title already HTML.
    public let revealedHeadingHTML: @Sendable (_ round: Int, _ titleHTML: String, _ section: Int, _ of: Int) -> String
    /// Under it.
    public let presenterShowsThis: String
    /// A section without a gap worth discussing, on the console.
    public let noGapConsole: String
    /// The button for smaller findings, with how many are left.
    public let moreFindings: @Sendable (_ pending: String) -> String
    /// The reveal heading before anything is revealed.
    public let resultsOfRound: @Sendable (_ round: Int) -> String
    /// Under it.
    public let nothingRevealed: String
    /// The button revealing the next section.
    public let revealNext: @Sendable (_ section: Int, _ title: String) -> String
    /// The label of the choice of a section to reveal.
    public let revealSection: String
    /// Its button.
    public let reveal: String
    /// Before a finding's question.
    public let ask: String

    // Rounds and counts.
    /// A round's heading.
    public let round: @Sendable (_ number: Int) -> String
    /// A round's state.
    public let roundState: @Sendable (_ isOpen: Bool) -> String
    /// The link to a closed round's report.
    public let reportOfRound: @Sendable (_ round: Int) -> String
    /// The counts page's heading.
    public let countsHeading: @Sendable (_ round: Int, _ isOpen: Bool) -> String
    /// The counts table's caption.
    public let submissionsPerGroup: String
    /// Its column headings.
    public let group: String
    public let submitted: String
    // A group's name and a hidden count are the console's (`ConsoleStrings.name(of:)`, `.hidden`).
    /// Under the table, with the smallest group shown.
    public let hiddenNote: @Sendable (_ minGroupSize: String) -> String

    // The agenda page.
    /// Its heading, the workshop's title already HTML.
    public let agendaHeadingHTML: @Sendable (_ titleHTML: String) -> String
    /// The total of the timeboxes.
    public let minutesInAll: @Sendable (_ minutes: String) -> String
    /// A phase's timebox.
    public let timebox: @Sendable (_ minutes: String) -> String
    /// A phase without one.
    public let noTimebox: String
    /// How many questions a phase asks.
    public let questions: @Sendable (_ count: Int, _ written: String) -> String
    /// The current phase's mark.
    public let now: String

    // The help page.
    /// Its introduction, HTML.
    public let helpIntroHTML: String
    /// Its table's caption and column headings.
    public let helpCaption: String
    public let terminal: String
    public let inTheBrowser: String
    /// Where a terminal command is in the browser.
    public let place: @Sendable (_ command: FacilitationCommand) -> String

    // Actions.
    /// The action form's heading.
    public let recordActionHeading: String
    /// Its fields.
    public let whatWillBeDone: String
    public let whichPartnerOwns: String
    public let byWhichRound: String
    public let whichFindings: String
    public let otherTopics: String
    /// Its button.
    public let recordTheAction: String
    /// Every cancel link.
    public let cancel: String
    /// The action form before a round is closed.
    public let actionsNeedClosedRound: String
    /// The actions page's heading.
    public let agreedActions: String
    /// After recording.
    public let recorded: @Sendable (_ id: Int) -> String
    /// No action yet.
    public let noActionsYet: String
    /// Before the actions' movement.
    public let asOfRound: @Sendable (_ round: Int) -> String
    /// An action in the list, owner and text already HTML.
    public let actionHTML: @Sendable (_ id: Int, _ ownerHTML: String, _ dueRound: Int, _ textHTML: String) -> String
    /// An action in the review: owner and text already HTML, whether it is due now.
    public let reviewedActionHTML: @Sendable (
        _ id: Int, _ ownerHTML: String, _ dueRound: Int, _ isDue: Bool, _ textHTML: String
    ) -> String
    /// How a dimension's alignment moved since the action (`—` for no value).
    public let dimensionMoved: @Sendable (_ dimension: String, _ then: String, _ thenRound: Int, _ now: String) -> String

    // Round changes.
    /// The confirm page of closing: question, explanation, button.
    public let closeQuestion: @Sendable (_ round: Int) -> String
    public let closeExplanation: @Sendable (_ round: Int) -> String
    public let closeButton: @Sendable (_ round: Int) -> String
    /// The confirm page of opening.
    public let openQuestion: @Sendable (_ round: Int) -> String
    public let openExplanation: @Sendable (_ round: Int) -> String
    public let openButton: @Sendable (_ round: Int) -> String

    // The facilitator's refusals.
    /// A console step that does not apply now (the reason follows).
    public let stepDoesNotApply: String
    /// A report asked for while its round is open.
    public let roundStillOpen: @Sendable (_ round: Int) -> PageStrings.Refusal

    // The presenter view.
    /// Beside its QR code, the join address already HTML.
    public let scanOrOpenHTML: @Sendable (_ addressHTML: String) -> String
    /// While a round is open.
    public let roundOpenAnonymous: @Sendable (_ round: Int) -> String
    /// The total so far, HTML.
    public let answersSoFarHTML: @Sendable (_ count: Int, _ written: String) -> String
    /// While the total is hidden.
    public let answersAppearLater: String
    /// After a round is closed.
    public let roundClosedThanks: @Sendable (_ round: Int) -> String
    /// Before the first round.
    public let startsSoon: String
    /// A revealed section's heading, its title already HTML.
    public let roundResultsHTML: @Sendable (_ round: Int, _ titleHTML: String) -> String
    /// Which section of how many.
    public let sectionOf: @Sendable (_ section: Int, _ of: Int) -> String
    /// A section without a gap worth discussing, on the projector.
    public let noGapPresenter: String
}

extension FacilitatorPageStrings {
    /// The words for `language`, by `Catalogue.for`'s rule (its base language, else English).
    public static func `for`(_ language: Language?) -> FacilitatorPageStrings {
        switch Catalogue.for(language).language.code {
        case Language.german.code: .german
        case Language.french.code: .french
        default: .english
        }
    }
}
