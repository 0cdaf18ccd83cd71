import AccordCore
import Testing

@testable import AccordTerminal

@Suite struct KioskRunnerTests {
    static let clear = "\u{1B}[H\u{1B}[2J\u{1B}[3J"
    static let settings = KioskSettings(exitPhrase: "the end", resetSeconds: 0)

    static func kiosk(_ reader: ScriptedLineReader, _ recorder: MemoryRecorder, _ output: CapturedScreen) -> KioskRunner {
        let runner = InterviewRunner(
            workshop: TerminalSample.workshop, sessionID: "s1", partners: ["Acme", "Globex"], recorder: recorder,
            reader: reader, screen: output.screen, resumeCommand: { "accord run --resume \($0)" }, kiosk: true)
        return KioskRunner(runner: runner, reader: reader, screen: output.screen, settings: settings, pause: { _ in })
    }

    @Test func nothingOfOneParticipantCanBeRecalledOrSeenByTheNext() throws {
        let recorder = MemoryRecorder(workshop: TerminalSample.workshop)
        let output = CapturedScreen()
        let first = ["", "1", "1", "4", "3", "1", "Secret plan", "", "yes"]
        let reader = ScriptedLineReader(lines: first + ["", "2", "2", ":quit", "yes", "the end"])
        #expect(throws: RunnerError.kioskClosed(submitted: 1)) {
            try Self.kiosk(reader, recorder, output).run()
        }
        // The second participant's first prompt: nothing of the first one to recall.
        #expect(reader.historyAtEachRead[first.count + 1] == [])
        let text = output.text
        // The screen is cleared as soon as the answers are in, before the thank-you.
        #expect(text.contains("Please check your answers before you submit them"))
        let submitted = try #require(text.range(of: "Thank you. Your answers are in."))
        #expect(text[..<submitted.lowerBound].hasSuffix(Self.clear + "\n"))
        let lastWipe = try #require(text.range(of: Self.clear, options: .backwards))
        #expect(!text[lastWipe.upperBound...].contains("Secret plan"))
        #expect(!text.contains("resume"), "no resume code on a shared screen")
        #expect(recorder.state.withLock { $0.submitted.count } == 1)
        // Typed-ahead keys dropped before each start screen, each first prompt and Submit?.
        #expect(reader.discardedAt == [0, 1, 8, 9, 10, 14])
    }

    @Test func quittingMidTurnAsksThenDeletesTheDraftAndKeepsTheKioskOpen() throws {
        let recorder = MemoryRecorder(workshop: TerminalSample.workshop)
        let output = CapturedScreen()
        let reader = ScriptedLineReader([
            .line(""), .line("1"), .line("1"), .line("4"),
            .interrupt, .line(""),  // Ctrl-C, then Enter: go on with the same question
            .line("3"), .line(":quit"), .line("yes"),  // :quit, confirmed: the turn ends
            .end, .interrupt,  // Ctrl-D and Ctrl-C at the start screen: ignored
            .line("the end"),
        ])
        #expect(throws: RunnerError.kioskClosed(submitted: 0)) {
            try Self.kiosk(reader, recorder, output).run()
        }
        #expect(reader.requests.map(\.prompt).filter { $0.contains("Leave without submitting?") }.count == 2)
        #expect(recorder.state.withLock { $0.drafts.isEmpty && $0.submitted.isEmpty })
        #expect(output.text.contains("Your answers are kept. Go on where you were."))
        #expect(RunnerError.kioskClosed(submitted: 1).errorDescription == "Kiosk closed after 1 submission.")
        #expect(RunnerError.kioskClosed(submitted: 1).exitStatus == 0)
    }

    @Test func aCloseRequestMidTurnDeletesTheDraftAndClosesTheKiosk() throws {
        let recorder = MemoryRecorder(workshop: TerminalSample.workshop)
        let output = CapturedScreen()
        let reader = ScriptedLineReader([.line(""), .line("2"), .line("1"), .line("4"), .closeRequest])
        #expect(throws: RunnerError.kioskClosed(submitted: 0)) {
            try Self.kiosk(reader, recorder, output).run()
        }
        #expect(recorder.state.withLock { $0.drafts.isEmpty })
        #expect(output.text.hasSuffix(Self.clear))
    }
}
