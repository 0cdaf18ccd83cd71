import AccordCore
import Testing

@testable import AccordTerminal

@Suite struct KioskRunnerTests {
    @Test func nothingOfOneParticipantCanBeRecalledOrSeenByTheNext() throws {
        let recorder = MemoryRecorder(workshop: TerminalSample.workshop)
        let output = CapturedScreen()
        let first = ["1", "1", "4", "3", "1", "Secret plan", "", "yes", ""]
        let reader = ScriptedLineReader(lines: first + ["2", "2"] + [":quit"])
        let runner = TerminalSample.runner(reader: reader, recorder: recorder, screen: output.screen)
        // The second participant quits before answering: nothing kept, the kiosk closes.
        #expect(throws: RunnerError.kioskClosed(submitted: 1)) {
            try KioskRunner(runner: runner, reader: reader, screen: output.screen).run()
        }
        // The second participant's first prompt: nothing of the first one to recall.
        #expect(reader.historyAtEachRead[first.count] == [])
        let text = output.text
        let lastWipe = try #require(text.range(of: "\u{1B}[H\u{1B}[2J\u{1B}[3J", options: .backwards))
        #expect(!text[lastWipe.upperBound...].contains("Secret plan"))
        #expect(text.components(separatedBy: "\u{1B}[3J").count == 4)  // start, between, after the stop
        #expect(recorder.state.withLock { $0.submitted.count } == 1)
    }

    @Test func closingTheKioskBetweenParticipantsSaysHowManySubmitted() {
        let recorder = MemoryRecorder(workshop: TerminalSample.workshop)
        let output = CapturedScreen()
        let reader = ScriptedLineReader([
            .line("1"), .line("1"), .line("1"), .line("1"), .line("2"), .line(""), .line("yes"), .line(""), .interrupt,
        ])
        let runner = TerminalSample.runner(reader: reader, recorder: recorder, screen: output.screen)
        #expect(throws: RunnerError.kioskClosed(submitted: 1)) {
            try KioskRunner(runner: runner, reader: reader, screen: output.screen).run()
        }
        #expect(RunnerError.kioskClosed(submitted: 1).errorDescription == "Kiosk closed after 1 submission.")
    }
}
