import Foundation
import Testing

/// `accord run` at a real pseudo-terminal: readline editing, completion, re-prompts,
/// commands, Ctrl-C and resume. TERM=dumb, INPUTRC=/dev/null, LANG=C.UTF-8.
@Suite(.serialized) struct RunnerTerminalTests {
    static let backspace = "\u{7F}"
    static let killLine = "\u{15}"  // Ctrl-U: empties the line
    static let up = "\u{1B}[A"

    /// Answers the rest of the workshop from "Months to results?" on; returns the final
    /// review as shown.
    @discardableResult
    static func finish(_ terminal: PseudoTerminal) throws -> String {
        try terminal.at("Months to results?", type: "12\r")
        try terminal.at("KPIs?", type: "1,3\r")
        try terminal.at("Rank these.", type: "3 1 2\r")
        try terminal.at("Do you trust them?", type: "yes\r")
        return try terminal.expect("Submit? > ").replacingOccurrences(of: "\r", with: "")
    }

    @Test func typingCompletionAndBackspaceOverAnAccentedLetter() throws {
        let session = try RunnerSession()
        defer { session.remove() }
        let terminal = try session.terminal()
        try terminal.at("Which partner organisation are you with?", type: "Gl\t")
        try terminal.expect("Globex")
        terminal.send("\r")
        try terminal.at("Which level", type: "ex\t\r")
        try terminal.at("We share one vision for this partnership.", type: "4\r")
        try terminal.at("how do people at Acme answer this?", type: "dis\r")
        try terminal.at("What is the partnership's top goal?", type: "ha\t")
        try terminal.expect("Happier customers")
        terminal.send(Self.killLine + "ne\t\r")
        // ü is two bytes: one backspace must delete all of it.
        try terminal.at("Which markets?", type: "Münchenü" + Self.backspace + "\r")
        let review = try Self.finish(terminal)
        #expect(review.contains("Your answer: München\n"))
        #expect(review.contains("Your answer: 4 · Agree; your guess: 2 · Disagree"))
        #expect(review.contains("Your answer: New markets"))
        terminal.send("yes\r")
        try terminal.expect("Thank you. Your answers are submitted.")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func aBadAnswerIsExplainedAndPutBackOnTheLineToEdit() throws {
        let session = try RunnerSession()
        defer { session.remove() }
        let terminal = try session.terminal(["--partner", "acme", "--level", "management"])
        try terminal.at("We share one vision for this partnership.", type: "7\r")
        // The rejected 7 is back on the line: typing 5 after it gives 75.
        try terminal.at("7 is not on this scale (1–5)", type: "5\r")
        try terminal.at("75 is not on this scale (1–5)", type: Self.backspace + Self.backspace + "ag\t\r")
        try terminal.at("your guess", type: "nothing\r")
        try terminal.at("'nothing' is not understood here; type 1–5 or a label", type: Self.killLine + ":quit\r")
        try terminal.expect("Stopped. Your answers so far are saved; to continue: accord run --resume ")
        #expect(try terminal.waitForExit() == 130)
        #expect(!terminal.transcript.contains("Fatal error"))
    }

    @Test func goingBackToChangeAnAnswerThatAConditionReadsDropsTheFollowUp() throws {
        let session = try RunnerSession()
        defer { session.remove() }
        let terminal = try session.terminal(["--partner", "Acme", "--level", "execution"])
        try terminal.at("We share one vision", type: "4\r")
        try terminal.at("your guess", type: "4\r")
        try terminal.at("top goal?", type: "1\r")
        try terminal.expect("Common vision · 3/7")
        try terminal.at("Which markets?", type: ":back\r")
        // The earlier answer is on the line to edit.
        try terminal.at("top goal?", type: "")
        try terminal.expect("New markets")
        terminal.send(Self.killLine + "lower\r")
        try terminal.expect("Results · 3/6")
        let review = try Self.finish(terminal)
        #expect(review.contains("Your answer: Lower cost"))
        #expect(!review.contains("Which markets?"))
        terminal.send("yes\r")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func theReviewShowsTheAnswersSoFarAndJumpsBackToChangeOne() throws {
        let session = try RunnerSession()
        defer { session.remove() }
        let terminal = try session.terminal(["--partner", "Globex", "--level", "management"])
        try terminal.at("We share one vision", type: "agree\r")
        try terminal.at("your guess", type: "2\r")
        try terminal.at("top goal?", type: ":review\r")
        let review = try terminal.at(
            "Your answers so far", type: "1\r", prompt: "Number to change, or Enter to go on > ")
        #expect(review.contains("Your answer: 4 · Agree; your guess: 2 · Disagree"))
        try terminal.at("We share one vision", type: Self.killLine + "5\r")
        // Back where the participant was.
        try terminal.at("top goal?", type: ":review\r")
        try terminal.expect("Your answer: 5 · Strongly agree; your guess: 2 · Disagree")
        try terminal.at("Number to change", type: "\r")
        try terminal.at("top goal?", type: "\u{04}")
        try terminal.expect("Stopped. Your answers so far are saved")
        #expect(try terminal.waitForExit() == 130)
    }

    @Test func ctrlCSavesTheDraftAndResumeFinishesIt() throws {
        let session = try RunnerSession()
        defer { session.remove() }
        let terminal = try session.terminal(["--partner", "Acme", "--level", "management"])
        try terminal.at("We share one vision", type: "3\r")
        try terminal.at("your guess", type: "3\r")
        try terminal.at("top goal?", type: "2\r")
        try terminal.at("Months to results?", type: "1\u{03}")
        try terminal.expect("to continue: accord run --resume ")
        let line = try terminal.expect("\n")
        #expect(try terminal.waitForExit() == 130)
        #expect(!terminal.transcript.contains("Fatal error"))
        let code = try #require(line.split(whereSeparator: \.isWhitespace).first.map(String.init))

        let resumed = try PseudoTerminal(["run", "--resume", code, "--db", session.database])
        try resumed.expect("Welcome back (Acme, management): you have answered 2 of 6 questions")
        let review = try Self.finish(resumed)
        #expect(review.contains("Your answer: Lower cost"))
        resumed.send("yes\r")
        try resumed.expect("Thank you. Your answers are submitted.")
        #expect(try resumed.waitForExit() == 0)

        let again = try session.run(["run", "--resume", code])
        #expect(again.status == 1)
        #expect(again.stderr.contains("no draft with the code '\(code)'"))
    }

    /// On a SQLite file and, when `ACCORD_TEST_POSTGRES` names one (CI does), on PostgreSQL:
    /// each answer is committed before the next prompt, whichever database holds the draft.
    @Test(arguments: PostgresCommandTests.databases)
    func aKilledProcessResumesFromTheLastAnswer(postgres: String?) throws {
        let session = try RunnerSession(database: postgres)
        defer { session.remove() }
        let terminal = try session.terminal(["--partner", "Globex", "--level", "execution"])
        try terminal.expect("To continue later, type:")
        let line = try terminal.expect("\n") + terminal.expect("\n")
        let code = try #require(
            line.components(separatedBy: "--resume ").last?.split(whereSeparator: \.isWhitespace).first)
        try terminal.at("We share one vision", type: "2\r")
        try terminal.at("your guess", type: "\r")
        try terminal.at("top goal?", type: "3\r")
        try terminal.at("Months to results?", type: "")
        kill(terminal.process.processIdentifier, SIGKILL)
        #expect(try terminal.waitForExit() == SIGKILL)

        let resumed = try PseudoTerminal(["run", "--resume", String(code), "--db", session.database])
        try resumed.expect("Welcome back (Globex, execution): you have answered 2 of 6 questions")
        let review = try Self.finish(resumed)
        #expect(review.contains("Your answer: 2 · Disagree; your guess: not given"))
        #expect(review.contains("Your answer: Happier customers"))
        resumed.send("yes\r")
        #expect(try resumed.waitForExit() == 0)
    }

    @Test func inKioskModeTheNextParticipantCannotRecallOrSeeThePreviousAnswers() throws {
        let session = try RunnerSession()
        defer { session.remove() }
        // A home whose inputrc would turn history and completion off: Accord's own settings win,
        // and no history file appears.
        let home = session.directory.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let inputrc = home.appendingPathComponent(".inputrc")
        try Data("set history-size 0\nset disable-completion on\n".utf8).write(to: inputrc)
        let phrase = session.directory.appendingPathComponent("exit-phrase")
        try Data("done\n".utf8).write(to: phrase)
        let terminal = try session.terminal(
            ["--kiosk", "--exit-phrase-file", phrase.path, "--kiosk-reset", "0"],
            environment: ["HOME": home.path, "INPUTRC": inputrc.path])
        try terminal.at("Sample workshop", type: "\r", prompt: "Press Enter to begin. ")
        try terminal.at("Which partner organisation are you with?", type: "Acme\r")
        try terminal.at("Which level", type: "1\r")
        try terminal.at("We share one vision", type: "4\r")
        try terminal.at("your guess", type: "4\r")
        try terminal.at("top goal?", type: "1\r")
        try terminal.at("Which markets?", type: "Secret plan\r")
        try Self.finish(terminal)
        terminal.send("yes\r")
        try terminal.expect("Thank you. Your answers are in.")
        try terminal.expect("\u{1B}[H\u{1B}[2J\u{1B}[3J")
        let wipe = terminal.transcript.count

        try terminal.at("Sample workshop", type: "\r", prompt: "Press Enter to begin. ")
        try terminal.at("Which partner organisation are you with?", type: Self.up + Self.up + "\r")
        // Nothing came back from the history: the line was empty.
        try terminal.at("type an answer", type: "Glo\t\r")
        try terminal.at("Which level", type: "2\r")
        try terminal.at("We share one vision", type: "3\r")
        try terminal.at("your guess", type: "3\r")
        try terminal.at("top goal?", type: "1\r")
        // Up as far as history goes: the oldest line is this participant's own "Globex".
        try terminal.at("Which markets?", type: String(repeating: Self.up, count: 20) + "\r")
        try terminal.at("Months to results?", type: ":review\r")
        try terminal.expect("Number to change, or Enter to go on > ")
        let shownToTheSecond = String(terminal.transcript.dropFirst(wipe))
        #expect(shownToTheSecond.contains("Your answer: Globex"))
        #expect(!shownToTheSecond.contains("Secret plan"))
        terminal.send("\u{03}")
        try terminal.at("Leave without submitting?", type: "yes\r")
        try terminal.at("Sample workshop", type: "done\r", prompt: "Press Enter to begin. ")
        #expect(try terminal.waitForExit() == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path) == [".inputrc"])
    }
}
