import AccordCore

extension FacilitatorConsole {
    /// Reveals the next section of the last closed round (or the one named): its findings,
    /// best first, each as a prompt to read out, with the statistics behind it, and the
    /// actions agreed earlier on its questions beside how their gaps moved.
    func reveal(_ arguments: [String]) throws {
        let state = try session.currentRound()
        if state.isOpen { throw FacilitationError.roundStillOpen(state.number) }
        guard let round = state.lastClosed else { throw FacilitationError.nothingClosedYet }
        if revealedRound != round {
            revealedIndex = nil
            lastFindings = []
        }
        let index: Int
        if let reference = arguments.first {
            index = try agenda.phase(reference).number - 1
        } else {
            index = (revealedIndex ?? -1) + 1
            guard index < agenda.phases.count else {
                say(
                    "Every section of round \(round) has been revealed. Record what the room agreed with 'action'; "
                        + "'actions' lists them; 'reveal N' shows a section again.")
                return
            }
        }
        let report = try session.report(round: round)
        let section = session.workshop.sections[index]
        let found = FindingRanker(workshop: session.workshop).findings(in: report, section: section)

        say("")
        if revealedRound != round { introduceResults(report) }
        say("Round \(round) · \(section.title.text) (section \(index + 1) of \(agenda.phases.count))")
        if found.findings.isEmpty {
            say(
                "No gap here is larger than negligible: the partners, and their management and execution teams, "
                    + "see this section alike. Worth saying out loud.")
        }
        show(found.findings, from: 1)
        lastFindings = found.findings
        pendingFindings = found.more
        sayHowManyMore()
        let questionIDs = Set(section.questions.map(\.id))
        let earlier = report.actions.filter { review in
            review.action.agreedInRound < round && review.action.questionIDs.contains { questionIDs.contains($0) }
        }
        if !earlier.isEmpty {
            say("")
            say("Actions agreed earlier on this section:")
            for review in earlier { describe(review) }
        }
        say("")
        say("Record what the room agrees with 'action' (findings by number); 'reveal' for the next section.")
        // The section's timebox now runs for its discussion.
        phaseIndex = index
        phaseStarted = clock()
        discussingResults = true
        revealedIndex = index
        revealedRound = round
    }

    /// Findings numbered from `first`: the prompt to read out, the question, the statistics.
    func show(_ findings: [DiscussionFinding], from first: Int) {
        for (offset, finding) in findings.enumerated() {
            say("")
            say("\(first + offset). \(finding.prompt.observation)", hanging: "   ")
            say("Ask: \(finding.prompt.question)", indent: "   ")
            say("(\(finding.detail))", indent: "   ")
        }
    }

    /// `more`: the next smaller findings of the section revealed last, numbered on.
    func showMore() {
        guard !pendingFindings.isEmpty else {
            say(revealedIndex == nil ? "Reveal a section first ('reveal')." : "No more findings in this section.")
            return
        }
        let batch = Array(pendingFindings.prefix(FacilitationState.moreBatch))
        pendingFindings.removeFirst(batch.count)
        show(batch, from: lastFindings.count + 1)
        lastFindings += batch
        sayHowManyMore()
    }

    /// How many smaller findings are left, if any.
    func sayHowManyMore() {
        guard !pendingFindings.isEmpty else { return }
        let count = pendingFindings.count
        say("")
        say("\(count) smaller finding\(count == 1 ? "" : "s") in this section not shown: 'more' shows them.")
    }

    /// Said once per round before its first section: the index and what is hidden.
    func introduceResults(_ report: GapReport) {
        var line =
            "Results of round \(report.round): alignment index "
            + (report.alignment.map { String(Int($0.rounded())) } ?? "—") + " / 100"
        if let comparison = report.comparison, let base = comparison.baseAlignment, let now = report.alignment {
            let change = Int((now - base).rounded())
            line +=
                " (\(change > 0 ? "+" : change < 0 ? "\u{2212}" : "±")\(abs(change)) since round \(comparison.baseRound))"
        }
        say(line + ".")
        if let (dimension, driver) = report.actFirstDriver, let r = driver.r, let score = driver.score {
            say(
                "Strongest driver of the outcome with a low score: \(dimension.title) (r = "
                    + "\(String(format: "%.2f", r)), score \(Int(score.rounded())) / 100). Act here first.")
        }
        let hidden = report.anonymity.suppressions.map(\.group.description)
        if !hidden.isEmpty {
            say(
                "Hidden to protect anonymity: \(hidden.joined(separator: ", ")). Findings compare only groups that are shown."
            )
        }
        say("")
    }

    /// An action with its owner, round and the movement of the gaps it addresses.
    func describe(_ review: ActionReview) {
        let action = review.action
        let due = review.isDue ? "due by round \(action.dueRound)" : "for round \(action.dueRound)"
        say("#\(action.id) \(action.owner), \(due): \(action.text)", indent: "  ", hanging: "     ")
        for movement in review.gaps {
            say(movement.summary, indent: "     ", hanging: "       ")
        }
        if let dimension = review.dimension {
            let then = dimension.then.map { String(Int($0.rounded())) } ?? "—"
            let now = dimension.now.map { String(Int($0.rounded())) } ?? "—"
            say("\(dimension.title) alignment: \(then) in round \(dimension.thenRound), \(now) now", indent: "     ")
        }
    }
}
