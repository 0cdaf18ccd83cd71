import Foundation
import GRDB
import Testing

/// The kiosk's lock (`accord run --kiosk`) at a real pseudo-terminal: the screen cleared at
/// once on submit, turns that end without leaving the kiosk or leaving a draft behind, the
/// facilitator's exit phrase and signal, and keys typed ahead that must not answer
/// `Submit?`. TERM=dumb, INPUTRC=/dev/null, LANG=C.UTF-8.
@Suite(.serialized) struct KioskTerminalTests {
    static let clear = "\u{1B}[H\u{1B}[2J\u{1B}[3J"
    static let phrase = "close the kiosk now"

    /// A kiosk on `session` whose exit phrase is in a file, with a one-second thank-you.
    static func kiosk(_ session: RunnerSession, _ extra: [String] = []) throws -> PseudoTerminal {
        let file = session.directory.appendingPathComponent("exit-phrase")
        try Data((phrase + "\n").utf8).write(to: file)
        return try session.terminal(["--kiosk", "--exit-phrase-file", file.path, "--kiosk-reset", "1"] + extra)
    }

    /// Drafts and submissions in the session's database.
    static func count(_ table: String, in session: RunnerSession) throws -> Int {
        try DatabaseQueue(path: session.database).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }

    @Test func onSubmitTheScreenIsClearedAtOnceAndTheStartScreenReturnsByItself() throws {
        let session = try RunnerSession()
        defer { session.remove() }
        let terminal = try Self.kiosk(session)
        try terminal.at("Sample workshop", type: "\r", prompt: "Press Enter to begin. ")
        try terminal.at("Which partner organisation are you with?", type: "Acme\r")
        try terminal.at("Which level", type: "1\r")
        try terminal.at("We share one vision", type: "4\r")
        try terminal.at("your guess", type: "4\r")
        try terminal.at("top goal?", type: "1\r")
        try terminal.at("Which markets?", type: "The CFO is blocking\r")
        let review = try RunnerTerminalTests.finish(terminal)
        #expect(review.contains("The CFO is blocking"))
        terminal.send("yes\r")
        // Nothing but the typed "yes" between the prompt and the clearing of the screen.
        let untilClear = try terminal.expect(Self.clear).replacingOccurrences(of: "\r", with: "")
        #expect(untilClear == "yes\n" + Self.clear, "shown after Submit?: \(untilClear.debugDescription)")
        let thanks = try terminal.expect("Thank you. Your answers are in.")
        #expect(!thanks.contains("CFO"))
        // Back to the start screen without a key pressed, on a cleared screen.
        try terminal.expect(Self.clear)
        let start = try terminal.expect("Press Enter to begin. ")
        #expect(start.contains("1 submitted so far."))
        #expect(!start.contains("CFO") && !start.contains("Thank you"))
        terminal.send(Self.phrase + "\r")
        try terminal.expect("Kiosk closed after 1 submission.")
        #expect(try terminal.waitForExit() == 0)
        #expect(!terminal.transcript.contains(Self.phrase), "the exit phrase is never shown")
        #expect(try Self.count("submission", in: session) == 1)
    }

    @Test func ctrlCAndQuitEndOnlyTheTurnAndDeleteTheDraftWithoutAResumeCode() throws {
        let session = try RunnerSession()
        defer { session.remove() }
        let terminal = try Self.kiosk(session)
        try terminal.at("Sample workshop", type: "\r", prompt: "Press Enter to begin. ")
        try terminal.at("Which partner organisation are you with?", type: "Globex\r")
        try terminal.at("Which level", type: "2\r")
        try terminal.at("We share one vision", type: "2\r")
        // Ctrl-C asks first; Enter goes on with the same question.
        try terminal.at("your guess", type: "\u{03}")
        try terminal.at("Leave without submitting? Your answers will be deleted.", type: "\r")
        try terminal.at("Go on where you were.", type: "3\r")
        try terminal.at("top goal?", type: ":quit\r")
        try terminal.at("Leave without submitting?", type: "yes\r")
        try terminal.expect(Self.clear)
        try terminal.expect("Press Enter to begin. ")
        #expect(try Self.count("draft", in: session) == 0, "the next person cannot resume it")
        // Ctrl-D and Ctrl-C at the start screen do not close the kiosk.
        terminal.send("\u{04}")
        try terminal.expect(Self.clear)
        try terminal.expect("Press Enter to begin. ")
        terminal.send("\u{03}")
        try terminal.expect(Self.clear)
        try terminal.at("Sample workshop", type: "\r", prompt: "Press Enter to begin. ")
        // Ctrl-D on an empty line ends a turn the same way.
        try terminal.at("Which partner organisation are you with?", type: "Acme\r")
        try terminal.at("Which level", type: "1\r")
        try terminal.at("We share one vision", type: "4\r")
        try terminal.at("your guess", type: "\u{04}")
        try terminal.at("Leave without submitting?", type: "y\r")
        try terminal.expect("Press Enter to begin. ")
        // Only the facilitator closes it: here with a signal from another terminal.
        kill(terminal.process.processIdentifier, SIGTERM)
        try terminal.expect("Kiosk closed after 0 submissions.")
        #expect(try terminal.waitForExit() == 0)
        #expect(!terminal.transcript.contains("--resume"))
        #expect(!terminal.transcript.contains("Stopped"))
        #expect(try Self.count("draft", in: session) == 0)
        #expect(try Self.count("submission", in: session) == 0)
    }

    @Test func theExitPhraseIsChosenUnseenAtStartAndASignalMidTurnDeletesTheDraft() throws {
        let session = try RunnerSession()
        defer { session.remove() }
        let terminal = try session.terminal(["--kiosk"])
        try terminal.at("closes this kiosk", type: "first\r", prompt: "Exit phrase (not shown): ")
        try terminal.at("The same phrase again", type: "second\r", prompt: ": ")
        try terminal.at("The two phrases differ", type: "open sesame\r", prompt: "(not shown): ")
        try terminal.at("The same phrase again", type: "open sesame\r", prompt: ": ")
        try terminal.at("Sample workshop", type: "\r", prompt: "Press Enter to begin. ")
        try terminal.at("Which partner organisation are you with?", type: "Acme\r")
        try terminal.at("Which level", type: "1\r")
        try terminal.at("We share one vision", type: "4\r")
        try terminal.at("your guess", type: "")
        #expect(try Self.count("draft", in: session) == 1)
        kill(terminal.process.processIdentifier, SIGUSR1)
        try terminal.expect("Kiosk closed after 0 submissions.")
        #expect(try terminal.waitForExit() == 0)
        #expect(!terminal.transcript.contains("open sesame") && !terminal.transcript.contains("first"))
        #expect(try Self.count("draft", in: session) == 0)
    }

    /// Issue 10, case 8: three lines pasted into a question answer it and the next one, but
    /// not `Submit?`: keys typed ahead are dropped before the final confirmation.
    @Test(arguments: [["--accessible"], []])
    func linesTypedAheadDoNotAnswerSubmit(mode: [String]) throws {
        let session = try RunnerSession()
        defer { session.remove() }
        let terminal = try session.terminal(["--partner", "Acme", "--level", "management"] + mode)
        let prompt = mode.isEmpty ? "> " : "Answer: "
        try terminal.at("We share one vision", type: "4\r", prompt: prompt)
        try terminal.at("your guess", type: "4\r", prompt: prompt)
        try terminal.at("top goal?", type: "2\r", prompt: prompt)
        try terminal.at("Months to results?", type: "12\r", prompt: prompt)
        try terminal.at("KPIs?", type: "1\r", prompt: prompt)
        try terminal.at("Rank these.", type: "3 1 2\rno\ryes\r", prompt: prompt)
        try terminal.expect(mode.isEmpty ? "Submit? > " : "Submit?: ")
        // Still waiting: the pasted "yes" did not submit.
        terminal.send("\u{04}")
        try terminal.expect("Stopped. Your answers so far are saved")
        #expect(try terminal.waitForExit() == 130)
        #expect(!terminal.transcript.contains("Thank you"))
        #expect(try Self.count("submission", in: session) == 0)
    }
}
