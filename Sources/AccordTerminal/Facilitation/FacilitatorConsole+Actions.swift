import AccordCore

extension FacilitatorConsole {
    /// `action` asks for what, owner, round and findings one by one; `action add --owner
    /// PARTNER [--due ROUND] [--about REFS] TEXT` records it from one line.
    func action(_ command: inout ConsoleCommand) throws {
        let state = try session.currentRound()
        guard let round = state.lastClosed else { throw FacilitationError.nothingClosedYet }
        var arguments = command.arguments
        if arguments.first?.lowercased() == "add" { arguments.removeFirst() }
        command.arguments = arguments
        if arguments.isEmpty {
            try askForAction(round: round)
            return
        }
        let usage = strings.usage(.action)
        guard let owner = try take("owner", from: &command) else {
            throw FacilitationError.badArguments(command: "action add", problem: strings.ownerMissing, usage: usage)
        }
        let due = try take("due", from: &command)
        let about = try take("about", from: &command) ?? ""
        let text = command.arguments.joined(separator: " ")
        guard let dueRound = due.map({ Int($0) }) ?? round + 1 else {
            throw FacilitationError.badArguments(
                command: "action add", problem: strings.dueNeedsNumber, usage: usage)
        }
        let topics = try references(about)
        try record(
            AgreedAction(
                id: 0, text: text, owner: try partner(owner), dueRound: dueRound, agreedInRound: round,
                questionIDs: topics.questions, gaps: topics.gaps, dimension: topics.dimension))
    }

    /// Asks for each part of an action; on a terminal a wrong answer is asked again.
    func askForAction(round: Int) throws {
        guard let text = try ask(strings.askWhat, completions: [], parse: { $0 }),
            !text.trimmingWhitespaceForMessage().isEmpty
        else {
            say(strings.noActionRecorded)
            return
        }
        let partners = session.partners.joined(separator: "/")
        guard
            let owner = try ask(strings.askOwner(partners), completions: session.partners, parse: partner)
        else { return }
        guard
            let due = try ask(
                strings.askDue(round + 1), completions: [],
                parse: { answer in
                    if answer.isEmpty { return round + 1 }
                    guard let due = Int(answer), due > round else {
                        throw FacilitationError.dueRoundNotLater(due: Int(answer) ?? 0, agreedIn: round)
                    }
                    return due
                })
        else { return }
        let topics = session.workshop.questions.map(\.id) + session.workshop.dimensions.map(\.id)
        guard
            let about = try ask(
                strings.askAbout(lastFindings.count), completions: topics, parse: references)
        else { return }
        try record(
            AgreedAction(
                id: 0, text: text, owner: owner, dueRound: due, agreedInRound: round, questionIDs: about.questions,
                gaps: about.gaps, dimension: about.dimension))
    }

    /// Reads one answer and parses it: on a terminal a wrong answer is shown and asked
    /// again; from a script it fails. `nil` when the input ends.
    func ask<Value>(_ prompt: String, completions: [String], parse: (String) throws -> Value) throws -> Value? {
        while true {
            guard let line = try readLine(prompt, completions) else { return nil }
            lineNumber += 1
            do {
                return try parse(line.trimmingWhitespaceForMessage())
            } catch let error as FacilitationError {
                guard isInteractive else { throw error }
                write("! \(strings.error(error))\n")
            }
        }
    }

    /// A partner by name, case-insensitively.
    func partner(_ name: String) throws(FacilitationError) -> String {
        guard let partner = session.partners.first(where: { $0.lowercased() == name.lowercased() }) else {
            throw .unknownOwner(name, partners: session.partners)
        }
        return partner
    }

    /// Finding numbers (from the last reveal), question ids and a dimension id, as
    /// AccordCore's `ActionTopics` reads them on every channel.
    func references(_ text: String) throws(FacilitationError) -> ActionTopics {
        try ActionTopics(parsing: text, findings: lastFindings, workshop: session.workshop)
    }

    /// Validates and stores an action, then says what was recorded.
    func record(_ action: AgreedAction) throws {
        let valid = try action.validated(partners: session.partners, workshop: session.workshop)
        let stored = try session.addAction(valid)
        var line = strings.recorded(stored.id, stored.owner, stored.dueRound, stored.text)
        let about =
            stored.questionIDs.compactMap { session.workshop.question($0)?.prompt.text }
            + (stored.dimension.flatMap { session.workshop.dimension($0)?.title.text }.map { [strings.dimensionTopic($0)] } ?? [])
        if !about.isEmpty { line += strings.aboutTopics(about) }
        say(line)
    }

    /// Every action agreed so far; with a closed round after it, how its gaps moved.
    func listActions() throws {
        let actions = try session.actions()
        guard !actions.isEmpty else {
            say(strings.noActionsYet)
            return
        }
        let state = try session.currentRound()
        guard let round = state.lastClosed else {
            for action in actions { say(strings.actionLine(action.id, action.owner, action.dueRound, action.text)) }
            return
        }
        let report = try session.report(round: round, language: workshopLanguage)
        say(strings.actionsAsOf(round))
        for review in report.actions { describe(review) }
    }

    /// The value after `--option`, removed with it from the arguments; a missing value is an
    /// error in the console's language.
    func take(_ option: String, from command: inout ConsoleCommand) throws(FacilitationError) -> String? {
        do {
            return try command.take(option: option)
        } catch {
            throw .badArguments(command: command.name, problem: strings.needsValue(option), usage: strings.usage(.action))
        }
    }
}
