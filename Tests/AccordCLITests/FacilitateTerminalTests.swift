import Foundation
import Testing

/// `accord facilitate` at a real pseudo-terminal through readline: a whole facilitated
/// session from the agenda to the next round's actions, Ctrl-C and Ctrl-D.
@Suite(.serialized) struct FacilitateTerminalTests {
    @Test func aWholeFacilitatedSessionAtATerminal() throws {
        let fixture = try FacilitationFixture()
        defer { fixture.remove() }
        try fixture.roundOneButOne()
        let terminal = try PseudoTerminal(["facilitate", "--session", fixture.id, "--db", fixture.database])
        try terminal.shown("Type 'agenda'")
        try terminal.command("agenda")
        let agenda = try terminal.shown("[trust]")
        #expect(agenda.contains("1. Shared vision · 15 min · 2 questions  [vision]"))
        try terminal.command("next")
        let phase = try terminal.shown("Let management speak last.")
        #expect(phase.contains("Read out:\n  First, where are we going together?"))
        try terminal.shown("[1/2 Shared vision · 15:00 left of 15:00] ")
        try terminal.command("cou\t")
        let counts = try terminal.shown("hide them too.")
        #expect(counts.contains("Everyone                  11"))
        #expect(counts.contains("Globex · Execution        hidden"))
        #expect(counts.contains("Globex · Management       hidden"))
        #expect(!counts.contains("fewer than 3\n") && !counts.contains("protects"))

        // The last participant submits while the console is open.
        try fixture.submit([("Globex", "execution", [2])])
        try terminal.command("counts")
        #expect(try terminal.shown("the report can show every comparison.").contains("Globex · Execution        3"))
        try terminal.command("close")
        try terminal.at("Close round 1?", type: "yes\r", prompt: "to close: ")
        try terminal.shown("Round 1 is closed")
        try terminal.command("reveal")
        let vision = try terminal.shown("'reveal' for the")
        #expect(vision.contains("Round 1 · Shared vision (section 1 of 2)"))
        #expect(
            vision.contains("2. Globex's execution team rates “we share one vision” 2.3 points lower than Globex's"))
        try terminal.command("action add --owner Globex --about 2 Hold a joint vision day")
        try terminal.shown("Recorded action #1: Globex, by round 2: Hold a joint vision day")
        try terminal.command("action")
        try terminal.at("What will be done?", type: "Agree one top goal\r", prompt: " ")
        try terminal.at("Which partner owns it?", type: "ac\t\r", prompt: ") ")
        try terminal.at("By which round?", type: "\r", prompt: "] ")
        try terminal.at("Which findings does it address?", type: "1\r", prompt: ") ")
        try terminal.shown("Recorded action #2: Acme, by round 2: Agree one top goal")
        try terminal.command("reveal")
        #expect(try terminal.shown("'reveal' for the").contains("Round 1 · Trust (section 2 of 2)"))
        try terminal.command("reveal")
        try terminal.shown("Every section of round 1 has been revealed.")

        // Round 2: the room answers again; the vision gap within Globex closes.
        try terminal.command("open")
        try terminal.shown("Round 2 is open")
        try fixture.roundTwo()
        try terminal.command("close")
        try terminal.at("Close round 2?", type: "yes\r", prompt: "to close: ")
        try terminal.shown("Round 2 is closed")
        try terminal.command("reveal")
        let second = try terminal.shown("'reveal' for the")
        #expect(second.contains("Actions agreed earlier on this section:"))
        #expect(second.contains("#1 Globex, due by round 2: Hold a joint vision day"))
        #expect(second.contains("“we share one vision”, management vs execution, Globex: −2.3 in round 1, −0.7 now"))
        #expect(second.contains("#2 Acme, due by round 2: Agree one top goal"))
        try terminal.command("quit")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func ctrlCStopsWithStatus130AndCtrlDLeavesQuietly() throws {
        let fixture = try FacilitationFixture()
        defer { fixture.remove() }
        let interrupted = try PseudoTerminal(["facilitate", "--session", fixture.id, "--db", fixture.database])
        try interrupted.expect("facilitate> ")
        interrupted.send("clo\u{03}")
        try interrupted.shown("Stopped. Everything recorded so far is stored.")
        #expect(try interrupted.waitForExit() == 130)
        let ended = try PseudoTerminal(["facilitate", "--session", fixture.id, "--db", fixture.database])
        try ended.expect("facilitate> ")
        // Closing asks first: Ctrl-C and "no" keep the round open.
        ended.send("close\r")
        try ended.at("Close round 1?", type: "\u{03}", prompt: "to close: ")
        try ended.shown("Round 1 stays open.")
        try ended.command("close")
        try ended.at("Close round 1?", type: "no\r", prompt: "to close: ")
        try ended.shown("Round 1 stays open.")
        try ended.expect("facilitate> ")
        ended.send("\u{04}")
        #expect(try ended.waitForExit() == 0)
        // Neither closed the round.
        #expect(try fixture.run(["session", "list"]).stdout.contains("open"))
    }
}

extension PseudoTerminal {
    /// Waits for `text`; returns what was shown up to it, without carriage returns.
    @discardableResult
    func shown(_ text: String) throws -> String {
        try expect(text).replacingOccurrences(of: "\r", with: "")
    }

    /// Waits for the console's prompt and types `line` and Enter.
    func command(_ line: String) throws {
        try expect("facilitate> ")
        send(line + "\r")
    }
}
