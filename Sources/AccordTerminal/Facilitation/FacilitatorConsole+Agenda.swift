import AccordCore

extension FacilitatorConsole {
    /// What the facilitator sees first: the workshop, the session's round, how to begin.
    func welcome() {
        say("\(agenda.title) — facilitating for \(session.partners.joined(separator: " and "))")
        if let description = agenda.description { say(description) }
        if let round = try? session.currentRound() {
            say("Round \(round.number) is \(round.isOpen ? "open" : "closed").")
        }
        say("Type 'agenda' for the phases, 'next' to start the first one, 'help' for every command.")
    }

    /// Every command with what it does.
    func help() {
        let lines: [(String, String)] = [
            ("agenda", "the phases, their timeboxes, where you are"),
            ("next", "start the next phase: its introduction, your notes, the countdown"),
            ("phase N|SECTION", "jump to a phase"),
            ("time", "the countdown of the current phase"),
            ("counts", "how many have submitted per group (groups below the threshold show no number)"),
            ("open", "open the next round"),
            ("close", "close the round, so that its results can be revealed (asks first; close --yes does not)"),
            ("reveal [N|SECTION]", "the next section's findings (or the one named), as prompts to read out"),
            ("more", "the section's smaller findings, numbered on"),
            ("action", "record an agreed action (asks what, owner, round, findings)"),
            ("action add ...", "the same on one line: action add --owner Acme --due 2 --about 1 TEXT"),
            ("actions", "the actions agreed so far, with how their gaps moved"),
            ("quit", "leave (everything is already stored)"),
        ]
        for (command, text) in lines {
            say(command.padding(toLength: 20) + text)
        }
    }

    /// The phases with their timeboxes, the current one marked.
    func showAgenda() {
        say("Agenda: \(agenda.title)" + (agenda.totalMinutes.map { " (\($0) min)" } ?? ""))
        for (index, phase) in agenda.phases.enumerated() {
            let marker = index == phaseIndex ? "▸" : " "
            let box = phase.timeboxMinutes.map { "\($0) min" } ?? "no timebox"
            let questions = phase.questionCount == 1 ? "1 question" : "\(phase.questionCount) questions"
            say("\(marker) \(phase.number). \(phase.title) · \(box) · \(questions)  [\(phase.id)]")
        }
    }

    /// Starts the phase named by the arguments (number or section id).
    func startPhase(reference: [String]) throws {
        guard let first = reference.first else {
            throw FacilitationError.badArguments(
                command: "phase", problem: "say which phase", usage: ConsoleCommand.usage["phase"]!)
        }
        try startPhase(agenda.phase(first).number - 1)
    }

    /// Starts a phase: shows its introduction (to read out), the facilitator's notes, and
    /// restarts the countdown.
    func startPhase(_ index: Int) throws {
        guard agenda.phases.indices.contains(index) else {
            say("That was the last phase. Close the round ('close') and reveal the results ('reveal').")
            return
        }
        phaseIndex = index
        phaseStarted = clock()
        discussingResults = false
        let phase = agenda.phases[index]
        say("")
        say(
            "Phase \(phase.number) of \(agenda.phases.count): \(phase.title)"
                + (phase.timeboxMinutes.map { " · \($0) min" } ?? ""))
        if let introduction = phase.introduction {
            say("Read out:")
            say(introduction, indent: "  ")
        }
        if let notes = phase.facilitatorNotes {
            say("Your notes:")
            say(notes, indent: "  ")
        }
        let more =
            index + 1 < agenda.phases.count ? "'next' moves on to phase \(phase.number + 1)" : "this is the last phase"
        say("While the room answers, 'counts' shows how many have submitted; \(more).")
        say("")
    }

    /// The current phase's countdown.
    func showTime() {
        guard let phaseIndex else {
            say("No phase started yet: type 'next' to start the first one.")
            return
        }
        let phase = agenda.phases[phaseIndex]
        guard let minutes = phase.timeboxMinutes else {
            say("\(phase.title) has no timebox; \(Countdown.clock(elapsed)) since it started.")
            return
        }
        let countdown = Countdown(timeboxMinutes: minutes, elapsedSeconds: elapsed)
        say("\(phase.title): \(countdown.text)" + (countdown.isOver ? " — time to wrap up." : "."))
    }

    /// How many have submitted in the current round, per group, thresholds applied: a hidden
    /// group shows *hidden*, with no reason of its own (a reason would bound its count). Never
    /// who, never when.
    func showCounts() throws {
        let round = try session.currentRound()
        let progress = SubmissionProgress(
            round: round.number, isOpen: round.isOpen, thresholds: session.workshop.anonymity,
            partners: session.partners, cellCounts: try session.cellCounts(round: round.number))
        say("Round \(round.number) (\(round.isOpen ? "open" : "closed")) — submitted:")
        for row in progress.rows {
            say("  " + row.group.description.padding(toLength: 26) + SubmissionProgress.text(row.count))
        }
        if progress.everyGroupShown {
            say("Every group has at least \(progress.minGroupSize): the report can show every comparison.")
        } else {
            say(
                "Groups with fewer than \(progress.minGroupSize) so far, and groups that would let one work them out, "
                    + "are hidden; the report would hide them too.")
        }
    }

    /// Opens the next round.
    func open() throws {
        let round = try session.currentRound()
        if round.isOpen {
            say("Round \(round.number) is already open.")
            return
        }
        let number = try session.openRound()
        phaseIndex = nil
        discussingResults = false
        say("Round \(number) is open: participants can answer now ('accord run --session \(session.id)').")
        say("Type 'next' to walk through the agenda again while they answer.")
    }

    /// Closes the open round. At a terminal the facilitator confirms first (a closed round
    /// takes no more submissions, and cannot be reopened); `close --yes`, a script and piped
    /// input close at once, so that scripted runs stay scriptable.
    func close(_ arguments: [String] = []) throws {
        let round = try session.currentRound()
        guard round.isOpen else {
            say(
                "Round \(round.number) is already closed. Type 'reveal' to show its results, or 'open' to start round \(round.number + 1)."
            )
            return
        }
        let confirmed = arguments.contains { ["--yes", "-y", "yes"].contains($0.lowercased()) }
        guard confirmed || !isInteractive || confirmClosing(round.number) else {
            say("Round \(round.number) stays open.")
            return
        }
        let number = try session.closeRound()
        revealedIndex = nil
        revealedRound = nil
        lastFindings = []
        pendingFindings = []
        say(
            "Round \(number) is closed: nobody can submit to it any more. Type 'reveal' to show the first section's results."
        )
    }

    /// Asks whether to close round `number`; only `yes` closes it (Ctrl-C and Ctrl-D do not).
    private func confirmClosing(_ number: Int) -> Bool {
        say("Closing round \(number) ends it for everyone: nobody can submit to it any more, and it cannot be reopened.")
        let answer: String?
        do {
            answer = try readLine("Close round \(number)? Type yes to close: ", ["yes", "no"])
        } catch {
            write("\n")
            answer = nil
        }
        return ["yes", "y"].contains(answer?.trimmingWhitespaceForMessage().lowercased() ?? "")
    }
}

extension String {
    /// The string padded with spaces to `length` characters (never cut).
    func padding(toLength length: Int) -> String {
        count >= length ? self + " " : self + String(repeating: " ", count: length - count)
    }
}
