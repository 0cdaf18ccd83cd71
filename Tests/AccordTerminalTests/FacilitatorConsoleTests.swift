import AccordCore
import Testing

@testable import AccordTerminal

/// The facilitator's console driven line by line, as a script or a piped remote facilitator
/// would drive it (the terminal itself is tested through a pseudo-terminal in AccordCLITests).
@Suite struct FacilitatorConsoleTests {
    /// Round 1: three answers in every cell but Globex's execution team, which has two at
    /// first (2, 3) and a third (2) while the facilitator watches.
    func roundOne(_ session: FacilitationTestSession) {
        session.submit("Acme", .management, vision: [4, 4, 5])
        session.submit("Acme", .execution, vision: [4, 4, 4])
        session.submit("Globex", .management, vision: [5, 5, 4])
        session.submit("Globex", .execution, vision: [2, 3])
    }

    @Test func aWholeFacilitatedSessionFromAgendaToTheNextRoundsActions() throws {
        let session = FacilitationTestSession()
        roundOne(session)
        let script = ScriptedConsole([])
        script.steps = [
            .line("agenda"), .line("next"), .meanwhile { script.now += 150 }, .line("time"), .line("counts"),
            .meanwhile { session.submit("Globex", .execution, vision: [2]) }, .line("counts"),
            .line("close"), .line("reveal"),
            .line("action add --owner globex --about 2 Hold a joint vision day with both execution teams"),
            .line("action"), .line("Agree one top goal"), .line("Acme"), .line(""), .line("1"),
            .line("reveal"), .line("reveal"), .line("reveal"), .line("actions"),
            .line("open"),
            .meanwhile {
                session.submit("Acme", .management, vision: [4, 4, 5])
                session.submit("Acme", .execution, vision: [4, 4, 4])
                session.submit("Globex", .management, vision: [5, 5, 4])
                session.submit("Globex", .execution, vision: [4, 4, 4])
            },
            .line("close"), .line("reveal"), .line("quit"),
        ]
        try script.console(session).run()
        let output = script.output

        #expect(output.contains("  1. Shared vision · 15 min · 2 questions  [vision]"))
        #expect(
            output.contains(
                "Phase 1 of 3: Shared vision · 15 min\nRead out:\n  First, where we are heading.\nYour notes:\n  Let management speak last."
            ))
        #expect(
            output.contains(
                "While the room answers, 'counts' shows how many have submitted; 'next' moves on to phase 2."))
        #expect(output.contains("Shared vision: 12:30 left of 15:00."))
        #expect(script.prompts.contains("[1/3 Shared vision · 12:30 left of 15:00] facilitate> "))

        // Counts: the group of two shows no number, and nothing that would give it away does.
        let counts = output.components(separatedBy: "Round 1 (open) — submitted:")
        #expect(counts.count == 3)
        let first = counts[1]
        #expect(first.contains("  Everyone                  11\n"))
        // Every hidden group says the same: which one is small would bound its count.
        #expect(first.contains("  Globex · Execution        hidden\n"))
        #expect(first.contains("  Globex · Management       hidden\n"))
        #expect(first.contains("  Execution                 hidden\n"))
        #expect(!first.contains("fewer than 3\n") && !first.contains("protects"))
        #expect(counts[2].contains("  Globex · Execution        3\n"))
        #expect(counts[2].contains("Every group has at least 3"))

        #expect(output.contains("Round 1 is closed: nobody can submit to it any more."))
        #expect(output.contains("Results of round 1: alignment index"))
        #expect(output.contains("Round 1 · Shared vision (section 1 of 3)"))
        #expect(
            output.contains(
                "2. Globex's execution team rates “we share one vision” 2.3 points lower than Globex's management "
                    + "(2.3 against 4.7 on the 1–5 scale).\n   Ask: What does each side see from where it stands?"))
        #expect(
            output.contains(
                "Recorded action #1: Globex, by round 2: Hold a joint vision day with both execution teams (about: We share one vision.)"
            ))
        #expect(
            output.contains(
                "Recorded action #2: Acme, by round 2: Agree one top goal (about: What is the partnership's top goal?)")
        )
        #expect(output.contains("Round 1 · Delivery (section 2 of 3)"))
        #expect(output.contains("Round 1 · Wrap-up (section 3 of 3)\nNo gap here is larger than negligible"))
        #expect(output.contains("Every section of round 1 has been revealed."))

        #expect(session.stored.map(\.owner) == ["Globex", "Acme"])
        #expect(session.stored.map(\.questionIDs) == [["vision-shared"], ["top-goal"]])
        #expect(session.stored.allSatisfy { $0.agreedInRound == 1 && $0.dueRound == 2 })

        // Opening round 2 leaves the results: the prompt no longer shows a phase.
        #expect(
            output.contains("Round 2 is open: participants can answer now ('accord run --session s1').\nType 'next'"))
        #expect(output.contains("\nfacilitate> close\nRound 2 is closed"))
        // Round 2: the vision gap within Globex closed; the top goal did not move.
        let roundTwo = try #require(output.components(separatedBy: "Results of round 2").last)
        #expect(roundTwo.contains("Actions agreed earlier on this section:"))
        #expect(roundTwo.contains("#1 Globex, due by round 2: Hold a joint vision day with both execution teams"))
        #expect(
            roundTwo.contains(
                "“we share one vision”, management vs execution, Globex: −2.3 in round 1, −0.7 now (narrowed)"))
        #expect(
            roundTwo.contains(
                "“What is the partnership's top goal?”, Acme vs Globex: gap 1.00 in round 1, gap 1.00 now (unchanged)"))
        let report = try session.report(round: 2, language: nil)
        #expect(report.actions.count == 2 && report.actions.allSatisfy(\.isDue))
    }

    @Test func aScriptStopsAtTheFirstCommandThatFailsAndNamesItsLine() throws {
        let session = FacilitationTestSession()
        roundOne(session)
        let script = ScriptedConsole([.line("counts"), .line("reveal"), .line("close")])
        #expect(
            throws: ConsoleScriptError(
                line: 2, text: "reveal", message: "Round 1 is still open; close it ('close') before revealing results.")
        ) { try script.console(session).run() }
        #expect(session.round.isOpen)  // the line after the failure never ran
    }

    @Test func atATerminalAMistakeIsShownAndTheConsoleGoesOn() throws {
        let session = FacilitationTestSession()
        roundOne(session)
        let script = ScriptedConsole([
            .line("dance"), .line("reveal"), .line("close"), .line("yes"), .line("action"), .line("Meet monthly"),
            .line("Initech"), .line("acme"), .line("1"), .line("3"), .line("5"), .line("vision"), .line("quit"),
        ])
        try script.console(session, interactive: true).run()
        #expect(script.output.contains("! Unknown command 'dance'; type 'help' to see the commands."))
        #expect(script.output.contains("! Round 1 is still open"))
        #expect(
            script.output.contains("! 'Initech' is not a partner of this session; the owner is one of: Acme, Globex."))
        #expect(script.output.contains("! An action agreed on round 1's results is due in a later round, not round 1."))
        #expect(script.output.contains("! There is no finding 5: reveal a section first"))
        #expect(
            session.stored == [
                AgreedAction(
                    id: 1, text: "Meet monthly", owner: "Acme", dueRound: 3, agreedInRound: 1, dimension: "vision")
            ])
    }

    @Test func theCountdownRunsOverAndThePromptSaysSo() throws {
        let session = FacilitationTestSession()
        let script = ScriptedConsole([])
        script.steps = [
            .line("next"), .meanwhile { script.now += 1000 }, .line("time"), .line("next"), .line("next"),
            .line("time"),
        ]
        try script.console(session).run()
        #expect(script.prompts[2] == "[1/3 Shared vision · 1:40 over 15:00] facilitate> ")
        #expect(script.output.contains("Shared vision: 1:40 over 15:00 — time to wrap up."))
        #expect(script.output.contains("Wrap-up has no timebox; 0:00 since it started."))
    }

    @Test func anEndedInputEndsTheConsoleQuietly() throws {
        let session = FacilitationTestSession()
        let script = ScriptedConsole([.line("help")])
        try script.console(session).run()
        #expect(script.output.contains("reveal [N|SECTION]"))
    }

    @Test func findingsWrapUnderTheirNumberOnANarrowTerminal() throws {
        let session = FacilitationTestSession()
        roundOne(session)
        session.submit("Globex", .execution, vision: [2])
        let script = ScriptedConsole([.line("close"), .line("reveal")])
        try script.console(session, width: 60).run()
        #expect(
            script.output.contains(
                """
                2. Globex's execution team rates “we share one vision” 2.3
                   points lower than Globex's management (2.3 against 4.7 on
                   the 1–5 scale).
                   Ask: What does each side see from where it stands?
                """))
        #expect(script.output.split(separator: "\n").allSatisfy { $0.count <= 60 || $0.hasPrefix("[") })
    }

    @Test func moreShowsTheSmallerFindingsNumberedOnAndActionsCanNameThem() throws {
        let session = FacilitationTestSession()
        roundOne(session)
        session.submit("Globex", .execution, vision: [2])
        let script = ScriptedConsole([
            .line("more"), .line("close"), .line("reveal"), .line("more"), .line("more"),
            .line("action add --owner Acme --about 4 Ask Acme's teams how they read Globex"),
        ])
        try script.console(session).run()
        let output = script.output
        #expect(output.contains("facilitate> more\nReveal a section first ('reveal')."))
        #expect(output.contains("1 smaller finding in this section not shown: 'more' shows them."))
        #expect(output.contains("4. Acme thinks Globex would rate “we share one vision” at 5.0 on average"))
        #expect(output.contains("facilitate> more\nNo more findings in this section."))
        #expect(session.stored.first?.questionIDs == ["vision-shared"] && session.stored.first?.gaps.isEmpty == true)
    }

    @Test func quotedWordsStayTogether() {
        let command = ConsoleCommand(#"action add --owner "Globex Inc" --about 1,2 Globex's team meets 'weekly'"#)
        #expect(command.name == "action")
        #expect(
            command.arguments == [
                "add", "--owner", "Globex Inc", "--about", "1,2", "Globex's", "team", "meets", "weekly",
            ])
    }

    @Test func atATerminalClosingARoundAsksFirstAndOnlyYesClosesIt() throws {
        let session = FacilitationTestSession()
        roundOne(session)
        let script = ScriptedConsole([
            .line("close"), .line("no"), .line("counts"), .line("close"), .line(""), .line("close"), .line("yes"),
        ])
        try script.console(session, interactive: true).run()
        #expect(script.prompts.filter { $0 == "Close round 1? Type yes to close: " }.count == 3)
        #expect(script.output.components(separatedBy: "Round 1 stays open.").count == 3)
        #expect(script.output.contains("cannot be reopened"))
        #expect(script.output.contains("Round 1 is closed: nobody can submit to it any more."))
        #expect(session.round == RoundStatus(number: 1, isOpen: false))
    }

    @Test func closeYesAndScriptsCloseWithoutAsking() throws {
        for (interactive, line) in [(true, "close --yes"), (false, "close")] {
            let session = FacilitationTestSession()
            let script = ScriptedConsole([.line(line)])
            try script.console(session, interactive: interactive).run()
            #expect(!script.prompts.contains { $0.hasPrefix("Close round") })
            #expect(session.round.isOpen == false, "\(line)")
        }
    }
}
