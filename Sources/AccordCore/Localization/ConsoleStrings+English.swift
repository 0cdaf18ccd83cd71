extension ConsoleStrings {
    /// English, the reference.
    public static let english = ConsoleStrings(
        facilitatingFor: { title, partners in "\(title) — facilitating for \(partners.joined(separator: " and "))" },
        roundState: { "Round \($0) is \($1 ? "open" : "closed")." },
        welcomeHint: "Type 'agenda' for the phases, 'next' to start the first one, 'help' for every command.",
        stopped: "Stopped. Everything recorded so far is stored.",
        resultsMarker: "results",
        demoIntroduction: { session, command in
            """
            Demo session \(session): made-up participants from Acme and Globex are answering round 1.
            Globex's execution team is still arriving: each time you type 'counts', one more submits.
            When you 'open' round 2, everyone answers it at once.
            Continue later with: \(command)
            """
        },
        commandHelp: { command in
            switch command {
            case .agenda: HelpEntry("agenda", "the phases, their timeboxes, where you are")
            case .next: HelpEntry("next", "start the next phase: its introduction, your notes, the countdown")
            case .phase: HelpEntry("phase N|SECTION", "jump to a phase")
            case .time: HelpEntry("time", "the countdown of the current phase")
            case .counts:
                HelpEntry("counts", "how many have submitted per group (groups below the threshold show no number)")
            case .open: HelpEntry("open", "open the next round")
            case .close:
                HelpEntry(
                    "close", "close the round, so that its results can be revealed (asks first; close --yes does not)")
            case .reveal:
                HelpEntry("reveal [N|SECTION]", "the next section's findings (or the one named), as prompts to read out")
            case .more: HelpEntry("more", "the section's smaller findings, numbered on")
            case .action: HelpEntry("action", "record an agreed action (asks what, owner, round, findings)")
            case .actions: HelpEntry("actions", "the actions agreed so far, with how their gaps moved")
            case .help: HelpEntry("help", "every command with what it does")
            case .quit: HelpEntry("quit", "leave (everything is already stored)")
            }
        },
        actionAddHelp: HelpEntry(
            "action add ...", "the same on one line: action add --owner Acme --due 2 --about 1 TEXT"),
        usage: { command in
            switch command {
            case .phase: "phase NUMBER|SECTION"
            case .close: "close [--yes]"
            case .reveal: "reveal [NUMBER|SECTION]"
            case .action:
                "action  (asks what, owner, round, findings)  |  "
                    + "action add --owner PARTNER [--due ROUND] [--about 1,2,QUESTION,DIMENSION] TEXT"
            default: command.rawValue
            }
        },
        agendaHeading: { title, total in "Agenda: \(title)" + (total.map { " (\($0) min)" } ?? "") },
        minutes: { "\($0) min" },
        noTimebox: "no timebox",
        questionCount: { $0 == 1 ? "1 question" : "\($0) questions" },
        lastPhaseDone: "That was the last phase. Close the round ('close') and reveal the results ('reveal').",
        phaseHeading: { "Phase \($0) of \($1): \($2)" },
        readOut: "Read out:",
        yourNotes: "Your notes:",
        whileAnswering: { next in
            "While the room answers, 'counts' shows how many have submitted; "
                + (next.map { "'next' moves on to phase \($0)." } ?? "this is the last phase.")
        },
        noPhaseYet: "No phase started yet: type 'next' to start the first one.",
        noTimeboxSince: { "\($0) has no timebox; \($1) since it started." },
        countdown: { remaining, box, seconds in
            seconds > 0 ? "\(remaining) left of \(box)" : seconds == 0 ? "time is up (\(box))" : "\(remaining) over \(box)"
        },
        wrapUp: " — time to wrap up.",
        countsHeading: { "Round \($0) (\($1 ? "open" : "closed")) — submitted:" },
        hidden: "hidden",
        everyone: "Everyone",
        levelTitle: { $0 == .management ? "Management" : "Execution" },
        everyGroupShown: { "Every group has at least \($0): the report can show every comparison." },
        someGroupsHidden: {
            "Groups with fewer than \($0) so far, and groups that would let one work them out, are hidden; "
                + "the report would hide them too."
        },
        alreadyOpen: { "Round \($0) is already open." },
        roundOpened: { "Round \($0) is open: participants can answer now ('\($1)')." },
        walkAgain: "Type 'next' to walk through the agenda again while they answer.",
        alreadyClosed: {
            "Round \($0) is already closed. Type 'reveal' to show its results, or 'open' to start round \($0 + 1)."
        },
        roundClosed: {
            "Round \($0) is closed: nobody can submit to it any more. Type 'reveal' to show the first section's results."
        },
        closingWarning: {
            "Closing round \($0) ends it for everyone: nobody can submit to it any more, and it cannot be reopened."
        },
        closeConfirm: { "Close round \($0)? Type yes to close: " },
        staysOpen: { "Round \($0) stays open." },
        yesWords: ["yes", "y"],
        noWords: ["no"],
        everySectionRevealed: {
            "Every section of round \($0) has been revealed. Record what the room agreed with 'action'; "
                + "'actions' lists them; 'reveal N' shows a section again."
        },
        sectionHeading: { "Round \($0) · \($1) (section \($2) of \($3))" },
        noLargeGap: "No gap here is larger than negligible: the partners, and their management and execution teams, "
            + "see this section alike. Worth saying out loud.",
        earlierActions: "Actions agreed earlier on this section:",
        recordHint: "Record what the room agrees with 'action' (findings by number); 'reveal' for the next section.",
        askRoom: { "Ask: \($0)" },
        roomQuestion: { question in
            switch question {
            case .gap(_, partners: _, dispersed: true):
                "What does each side see, and why do people on the same side see it differently?"
            case .gap(.scale, partners: let partners, dispersed: _), .gap(.yesno, partners: let partners, dispersed: _):
                partners ? "What does each side see?" : "What does each side see from where it stands?"
            case .gap(.number, partners: _, dispersed: _): "Where does each side's estimate come from?"
            case .gap(.choice, partners: _, dispersed: _): "What is behind each choice?"
            case .gap(.multi, partners: _, dispersed: _): "Why does it matter more to one side?"
            case .gap(.rank, partners: _, dispersed: _): "What drives each side's order?"
            case .gap(.text, partners: _, dispersed: _): ""
            case .spread: "What different experiences sit behind the spread?"
            case .understanding(let guesser, let other):
                "What gave \(guesser) that picture, and what would \(other) want \(guesser) to know?"
            }
        },
        revealFirst: "Reveal a section first ('reveal').",
        noMoreFindings: "No more findings in this section.",
        moreFindings: { "\($0) smaller finding\($0 == 1 ? "" : "s") in this section not shown: 'more' shows them." },
        resultsOf: { "Results of round \($0): alignment index \($1) / 100" },
        sinceRound: { " (\($0) since round \($1))" },
        actFirst: { "Strongest driver of the outcome with a low score: \($0) (r = \($1), score \($2) / 100). Act here first." },
        hiddenGroups: { "Hidden to protect anonymity: \($0). Findings compare only groups that are shown." },
        due: { $1 ? "due by round \($0)" : "for round \($0)" },
        dimensionAlignment: { "\($0) alignment: \($1) in round \($2), \($3) now" },
        askWhat: "What will be done? ",
        noActionRecorded: "No action recorded.",
        askOwner: { "Which partner owns it? (\($0)) " },
        askDue: { "By which round? [\($0)] " },
        askAbout: { findings in
            "Which findings does it address? ("
                + (findings == 0 ? "question ids" : "finding numbers 1–\(findings), question ids") + "; Enter for none) "
        },
        recorded: { "Recorded action #\($0): \($1), by round \($2): \($3)" },
        aboutTopics: { " (about: \($0.joined(separator: "; ")))" },
        dimensionTopic: { "dimension \($0)" },
        noActionsYet: "No actions agreed yet. Record one with 'action' while revealing results.",
        actionLine: { "#\($0) \($1), by round \($2): \($3)" },
        actionsAsOf: { "Actions (as of round \($0)):" },
        needsValue: { "--\($0) needs a value" },
        ownerMissing: "--owner is missing",
        dueNeedsNumber: "--due needs a round number",
        sayWhichPhase: "say which phase",
        error: { error in
            switch error {
            case .emptyActionText:
                "An action needs a text: say what will be done."
            case .unknownOwner(let owner, let partners):
                "'\(input: owner)' is not a partner of this session; the owner is one of: \(partners.joined(separator: ", "))."
            case .dueRoundNotLater(let due, let agreedIn):
                "An action agreed on round \(agreedIn)'s results is due in a later round, not round \(due)."
            case .unknownQuestion(let id):
                "The workshop has no question '\(input: id)'."
            case .unknownDimension(let id):
                "The workshop has no dimension '\(input: id)'."
            case .unknownSection(let id):
                "The workshop has no section '\(input: id)'; type 'agenda' to see the sections and their numbers."
            case .unknownFinding(let number, let shown):
                shown == 0
                    ? "There is no finding \(number): reveal a section first, then refer to its findings by number."
                    : "There is no finding \(number): the last reveal showed findings 1 to \(shown)."
            case .unknownCommand(let command):
                "Unknown command '\(input: command)'; type 'help' to see the commands."
            case .badArguments(let command, let problem, let usage):
                "\(command): \(problem). Usage: \(usage)"
            case .roundStillOpen(let round):
                "Round \(round) is still open; close it ('close') before revealing results."
            case .nothingClosedYet:
                "No round has been closed yet: close the round ('close') first; its results come after."
            }
        })
}
