import AccordCore

extension FacilitatorConsole {
    /// What the facilitator sees first: the workshop, the session's round, how to begin.
    func welcome() {
        say(strings.facilitatingFor(agenda.title, session.partners))
        if let description = agenda.description { say(description) }
        if let round = try? session.currentRound() {
            say(strings.roundState(round.number, round.isOpen))
        }
        say(strings.welcomeHint)
    }

    /// Every command with what it does.
    func help() {
        for entry in strings.helpEntries {
            say(entry.usage.padding(toLength: 20) + entry.meaning, hanging: String(repeating: " ", count: 21))
        }
    }

    /// The phases with their timeboxes, the current one marked.
    func showAgenda() {
        say(strings.agendaHeading(agenda.title, agenda.totalMinutes))
        for (index, phase) in agenda.phases.enumerated() {
            let marker = index == phaseIndex ? "▸" : " "
            let box = phase.timeboxMinutes.map(strings.minutes) ?? strings.noTimebox
            let questions = strings.questionCount(phase.questionCount)
            say("\(marker) \(phase.number). \(phase.title) · \(box) · \(questions)  [\(phase.id)]")
        }
    }

    /// Starts the phase named by the arguments (number or section id).
    func startPhase(reference: [String]) throws {
        guard let first = reference.first else {
            throw FacilitationError.badArguments(
                command: "phase", problem: strings.sayWhichPhase, usage: strings.usage(.phase))
        }
        try startPhase(agenda.phase(first).number - 1)
    }

    /// Starts a phase: shows its introduction (to read out), the facilitator's notes, and
    /// restarts the countdown.
    func startPhase(_ index: Int) throws {
        guard agenda.phases.indices.contains(index) else {
            say(strings.lastPhaseDone)
            return
        }
        phaseIndex = index
        phaseStarted = clock()
        discussingResults = false
        let phase = agenda.phases[index]
        say("")
        say(
            strings.phaseHeading(phase.number, agenda.phases.count, phase.title)
                + (phase.timeboxMinutes.map { " · " + strings.minutes($0) } ?? ""))
        if let introduction = phase.introduction {
            say(strings.readOut)
            say(introduction, indent: "  ")
        }
        if let notes = phase.facilitatorNotes {
            say(strings.yourNotes)
            say(notes, indent: "  ")
        }
        say(strings.whileAnswering(index + 1 < agenda.phases.count ? phase.number + 1 : nil))
        say("")
    }

    /// The current phase's countdown.
    func showTime() {
        guard let phaseIndex else {
            say(strings.noPhaseYet)
            return
        }
        let phase = agenda.phases[phaseIndex]
        guard let minutes = phase.timeboxMinutes else {
            say(strings.noTimeboxSince(phase.title, Countdown.clock(elapsed)))
            return
        }
        let countdown = Countdown(timeboxMinutes: minutes, elapsedSeconds: elapsed)
        say("\(phase.title): \(strings.text(countdown))" + (countdown.isOver ? strings.wrapUp : "."))
    }

    /// How many have submitted in the current round, per group, thresholds applied: a hidden
    /// group shows *hidden*, with no reason of its own (a reason would bound its count). Never
    /// who, never when.
    func showCounts() throws {
        let round = try session.currentRound()
        let progress = SubmissionProgress(
            round: round.number, isOpen: round.isOpen, thresholds: session.workshop.anonymity,
            partners: session.partners, cellCounts: try session.cellCounts(round: round.number))
        say(strings.countsHeading(round.number, round.isOpen))
        for row in progress.rows {
            say("  " + strings.name(of: row.group).padding(toLength: 26) + strings.text(row.count))
        }
        say(
            progress.everyGroupShown
                ? strings.everyGroupShown(progress.minGroupSize) : strings.someGroupsHidden(progress.minGroupSize))
    }

    /// Opens the next round.
    func open() throws {
        let round = try session.currentRound()
        if round.isOpen {
            say(strings.alreadyOpen(round.number))
            return
        }
        let number = try session.openRound()
        phaseIndex = nil
        discussingResults = false
        say(strings.roundOpened(number, "accord run --session \(session.id)"))
        say(strings.walkAgain)
    }

    /// Closes the open round. At a terminal the facilitator confirms first (a closed round
    /// takes no more submissions, and cannot be reopened); `close --yes`, a script and piped
    /// input close at once, so that scripted runs stay scriptable.
    func close(_ arguments: [String] = []) throws {
        let round = try session.currentRound()
        guard round.isOpen else {
            say(strings.alreadyClosed(round.number))
            return
        }
        let confirmed = arguments.contains { ["--yes", "-y", "yes"].contains($0.lowercased()) }
        guard confirmed || !isInteractive || confirmClosing(round.number) else {
            say(strings.staysOpen(round.number))
            return
        }
        let number = try session.closeRound()
        revealedIndex = nil
        revealedRound = nil
        lastFindings = []
        pendingFindings = []
        say(strings.roundClosed(number))
    }

    /// Asks whether to close round `number`; only `yes` closes it (Ctrl-C and Ctrl-D do not).
    private func confirmClosing(_ number: Int) -> Bool {
        say(strings.closingWarning(number))
        let answer: String?
        do {
            answer = try readLine(strings.closeConfirm(number), strings.confirmationWords)
        } catch {
            write("\n")
            answer = nil
        }
        return strings.confirms(answer?.trimmingWhitespaceForMessage() ?? "")
    }
}

extension String {
    /// The string padded with spaces to `length` characters (never cut).
    func padding(toLength length: Int) -> String {
        count >= length ? self + " " : self + String(repeating: " ", count: length - count)
    }
}
