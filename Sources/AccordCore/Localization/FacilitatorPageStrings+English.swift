extension FacilitatorPageStrings {
    /// English, the reference and the fallback.
    public static let english = FacilitatorPageStrings(
        backToConsole: "Back to the console",
        consoleNavigation: "Console",
        languageNavigation: "Language",
        facilitator: "Facilitator",
        sessionHTML: { id, partners in
            "Session <code>\(id)</code>, partners \(partners.joined(separator: " and "))."
        },
        agenda: "Agenda",
        counts: "Counts",
        actions: "Actions",
        recordAction: "Record an action",
        help: "Help",
        presenterView: "Presenter view (for the projector)",
        join: "Join",
        qrCodeLabel: "QR code of the join address",
        participantsScanHTML: { "Participants scan the code or open \($0)" },
        openRoundStep: { "Open round \($0)…" },
        closeRoundStep: { "Close round \($0)…" },
        noPhaseYet: { phases, minutes in
            "No phase started yet: \(phases == 1 ? "1 phase" : "\(phases) phases")"
                + (minutes.map { ", \($0) minutes" } ?? "") + "."
        },
        startPhase: { "Start phase \($0)" },
        phaseHeadingHTML: { number, count, title, results in
            (results ? "Results: " : "") + "Phase \(number) of \(count): \(title)"
        },
        readOut: "Read out:",
        yourNotes: "Your notes:",
        previousPhase: "Previous phase",
        nextPhase: { "Next phase: \($0)" },
        lastPhase: "This is the last phase. Close the round, then reveal its results.",
        sinceStarted: { "\($0) since \($1) started" },
        revealedHeadingHTML: { round, title, section, count in
            "Revealed: round \(round), \(title) (section \(section) of \(count))"
        },
        presenterShowsThis: "The presenter view shows this section now.",
        noGapConsole: "No gap here is larger than negligible: the partners, and their management and execution "
            + "teams, see this section alike. Worth saying out loud.",
        moreFindings: { "More findings (\($0) smaller)" },
        resultsOfRound: { "Results of round \($0)" },
        nothingRevealed: "Nothing revealed yet.",
        revealNext: { "Reveal section \($0): \($1)" },
        revealSection: "Reveal section",
        reveal: "Reveal",
        ask: "Ask:",
        round: { "Round \($0)" },
        roundState: { $0 ? "open" : "closed" },
        reportOfRound: { "Report of round \($0)" },
        countsHeading: { "Round \($0) (\($1 ? "open" : "closed")): submitted" },
        submissionsPerGroup: "Submissions per group",
        group: "Group",
        submitted: "Submitted",
        hiddenNote: {
            "Hidden: fewer than \($0) submissions, or a count from which a hidden group's could be worked out."
        },
        agendaHeadingHTML: { "Agenda: \($0)" },
        minutesInAll: { "\($0) minutes in all." },
        timebox: { "\($0) min" },
        noTimebox: "no timebox",
        questions: { count, written in count == 1 ? "1 question" : "\(written) questions" },
        now: "now",
        helpIntroHTML: "Every step of the terminal console (<code>accord facilitate</code>) is here too. Keep the "
            + "console on your own screen and put the presenter view on the projector: it has no secret and no button.",
        helpCaption: "Terminal commands and their place in the browser",
        terminal: "Terminal",
        inTheBrowser: "In the browser",
        place: { command in
            switch command {
            case .agenda: "The Agenda page: every phase, its timebox, a button to start it."
            case .next: "The console's Next phase button: the phase's introduction, your notes, the countdown."
            case .phase: "The Agenda page's Start buttons, and the console's Previous phase button."
            case .time: "The countdown at the top of the console (and on the presenter view)."
            case .counts: "The Counts page, and each round on the console: groups below the threshold show no number."
            case .open: "The console's Open round link, then its confirm page."
            case .close: "The console's Close round link, then its confirm page."
            case .reveal: "The console's Reveal buttons, after the round is closed: the presenter view shows that section."
            case .more: "The console's More findings button under a revealed section."
            case .action: "The Record an action page: what, owner, round, the findings it addresses."
            case .actions: "The Actions page: every action agreed, with how its gaps moved."
            case .help: "This page."
            case .quit: "Close the tab: everything is already stored."
            }
        },
        recordActionHeading: "Record an agreed action",
        whatWillBeDone: "What will be done?",
        whichPartnerOwns: "Which partner owns it?",
        byWhichRound: "By which round?",
        whichFindings: "Which findings does it address?",
        otherTopics: "Other questions or a dimension it addresses (ids, optional)",
        recordTheAction: "Record the action",
        cancel: "Cancel",
        actionsNeedClosedRound: "Actions are agreed on a closed round's results: close the round and reveal its sections first.",
        agreedActions: "Agreed actions",
        recorded: { "Recorded action #\($0)." },
        noActionsYet: "No actions agreed yet. Record one while revealing results.",
        asOfRound: { "As of round \($0):" },
        actionHTML: { id, owner, due, text in "#\(id) \(owner), by round \(due): \(text)" },
        reviewedActionHTML: { id, owner, due, isDue, text in
            "#\(id) \(owner), \(isDue ? "due by" : "for") round \(due): \(text)"
        },
        dimensionMoved: { dimension, then, thenRound, now in
            "\(dimension) alignment: \(then) in round \(thenRound), \(now) now"
        },
        closeQuestion: { "Close round \($0)?" },
        closeExplanation: { round in
            "Round \(round) then takes no more answers, and its report can be read. Participants still answering "
                + "can no longer submit: their answers in progress are kept but never counted. This cannot be "
                + "undone: a closed round stays closed (you can open round \(round + 1) afterwards)."
        },
        closeButton: { "Close round \($0)" },
        openQuestion: { "Open round \($0)?" },
        openExplanation: { round in
            "Participants can then answer again, as round \(round), with the same join address. Earlier rounds stay "
                + "closed and their reports stay as they are. Only one round is open at a time."
        },
        openButton: { "Open round \($0)" },
        stepDoesNotApply: "That step does not apply",
        roundStillOpen: { round in
            PageStrings.Refusal(
                "Round \(round) is still open",
                "A round's report is made when the round is closed, so that nobody can compare counts over time.")
        },
        scanOrOpenHTML: { "Scan the code or open <strong>\($0)</strong>" },
        roundOpenAnonymous: { "Round \($0) is open. Your answers are anonymous." },
        answersSoFarHTML: { count, written in
            count == 1 ? "<strong>1</strong> answer so far." : "<strong>\(written)</strong> answers so far."
        },
        answersAppearLater: "The number of answers appears once there are enough to keep everyone anonymous.",
        roundClosedThanks: { "Round \($0) is closed: thank you. The results follow, one section at a time." },
        startsSoon: "The workshop starts soon.",
        roundResultsHTML: { "Round \($0) results: \($1)" },
        sectionOf: { "Section \($0) of \($1)" },
        noGapPresenter: "No gap here is larger than negligible: both partners, management and execution see this "
            + "section alike."
    )
}
