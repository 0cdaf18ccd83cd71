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
                say(strings.everySectionRevealed(round))
                return
            }
        }
        let report = try session.report(round: round, language: workshopLanguage)
        let section = session.workshop.sections[index]
        let found = FindingRanker(workshop: session.workshop).findings(in: report, section: section)
        revealedReport = report

        say("")
        if revealedRound != round { introduceResults(report) }
        say(strings.sectionHeading(round, section.title.text(in: workshopLanguage), index + 1, agenda.phases.count))
        if found.findings.isEmpty { say(strings.noLargeGap) }
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
            say(strings.earlierActions)
            for review in earlier { describe(review) }
        }
        say("")
        say(strings.recordHint)
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
            let type = session.workshop.question(finding.questionID)?.type ?? .scale
            let question = strings.roomQuestion(finding.roomQuestion(type: type))
            // In German or French, the report's sentence, its statistics included.
            if let report = revealedReport, let sentence = findingWords?(finding, report) {
                say("\(first + offset). \(sentence)", hanging: "   ")
                if !question.isEmpty { say(strings.askRoom(question), indent: "   ") }
                continue
            }
            // A group's spread: its sentence and statistics in the console's language.
            if let report = revealedReport, let spread = finding.spread(in: report, spreadWording) {
                say("\(first + offset). \(spread.observation)", hanging: "   ")
                say(strings.askRoom(question), indent: "   ")
                say("(\(spread.statistics))", indent: "   ")
                continue
            }
            say("\(first + offset). \(finding.prompt.observation)", hanging: "   ")
            say(strings.askRoom(question), indent: "   ")
            say("(\(finding.detail))", indent: "   ")
        }
    }

    /// `more`: the next smaller findings of the section revealed last, numbered on.
    func showMore() {
        guard !pendingFindings.isEmpty else {
            say(revealedIndex == nil ? strings.revealFirst : strings.noMoreFindings)
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
        say("")
        say(strings.moreFindings(pendingFindings.count))
    }

    /// Said once per round before its first section: the index and what is hidden.
    func introduceResults(_ report: GapReport) {
        var line = strings.resultsOf(report.round, report.alignment.map { String(Int($0.rounded())) } ?? "—")
        if let comparison = report.comparison, let base = comparison.baseAlignment, let now = report.alignment {
            let change = Int((now - base).rounded())
            line += strings.sinceRound(
                "\(change > 0 ? "+" : change < 0 ? "\u{2212}" : "±")\(abs(change))", comparison.baseRound)
        }
        say(line + ".")
        if let (dimension, driver) = report.actFirstDriver, let r = driver.r, let score = driver.score {
            say(strings.actFirst(dimension.title, numbers.format(r, fractionDigits: 2), Int(score.rounded())))
        }
        let hidden = report.anonymity.suppressions.map { strings.name(of: $0.group) }
        if !hidden.isEmpty { say(strings.hiddenGroups(hidden.joined(separator: ", "))) }
        say("")
    }

    /// An action with its owner, round and the movement of the gaps it addresses.
    func describe(_ review: ActionReview) {
        let action = review.action
        let due = strings.due(action.dueRound, review.isDue)
        say("#\(action.id) \(action.owner), \(due): \(action.text)", indent: "  ", hanging: "     ")
        for movement in review.gaps {
            say(movement.summary(movementWording), indent: "     ", hanging: "       ")
        }
        if let dimension = review.dimension {
            let then = dimension.then.map { String(Int($0.rounded())) } ?? "—"
            let now = dimension.now.map { String(Int($0.rounded())) } ?? "—"
            say(strings.dimensionAlignment(dimension.title, then, dimension.thenRound, now), indent: "     ")
        }
    }
}
