import AccordCore
import Testing

@testable import AccordTerminal

@Suite struct InterviewRunnerTests {
    let recorder = MemoryRecorder(workshop: TerminalSample.workshop)
    let output = CapturedScreen()

    @Test func aWholeInterviewIsSubmittedOnceAfterTheFinalReview() throws {
        let reader = ScriptedLineReader(lines: ["globex", "2", "rather agree", "1", "2", "", "yes"])
        try TerminalSample.runner(reader: reader, recorder: recorder, screen: output.screen).runNewParticipant()
        let state = recorder.state.withLock { $0 }
        #expect(
            state.submitted == [
                Submission(
                    partner: "Globex", level: .execution, round: 1,
                    answers: ["vision-shared": .scale(3), "top-goal": .choice("cost")],
                    predictions: ["vision-shared": .scale(1)])
            ])
        #expect(state.drafts.isEmpty)
        #expect(output.text.contains("Common vision · 1/3 · your guess"))
        #expect(output.text.contains("Now guess: how do people at Acme answer this?"))
        #expect(output.text.contains("Thank you. Your answers are submitted."))
    }

    @Test func aStopKeepsEveryAnswerGivenAndSaysHowToResume() throws {
        let reader = ScriptedLineReader([.line("1"), .line("1"), .line("4"), .line("2"), .interrupt])
        #expect(throws: RunnerError.stopped(resumeCommand: "accord run --resume C1")) {
            try TerminalSample.runner(reader: reader, recorder: recorder, screen: output.screen).runNewParticipant()
        }
        let state = recorder.state.withLock { $0 }
        #expect(state.submitted.isEmpty)
        #expect(state.drafts["C1"]?.answers == ["vision-shared": .scale(4)])
        #expect(state.drafts["C1"]?.predictions == ["vision-shared": .scale(2)])
        #expect(RunnerError.stopped(resumeCommand: "accord run --resume C1").exitStatus == 130)

        let resumed = ScriptedLineReader(lines: ["1", "Paris", "", "yes"])
        let draft = state.drafts["C1"]!
        try TerminalSample.runner(reader: resumed, recorder: recorder, screen: output.screen).resume(draft)
        #expect(recorder.state.withLock { $0.submitted.first?.answers["which-markets"] } == .text("Paris"))
        #expect(resumed.requests.first?.prompt == "> ")
        #expect(output.text.contains("you have answered 1 of 3 questions"))
    }

    @Test func aBadAnswerAtATerminalIsExplainedAndPutBackOnTheLine() throws {
        let reader = ScriptedLineReader(lines: ["1", "1", "5", "?", "4", "2", ":skip", "2", "", "yes"])
        try TerminalSample.runner(reader: reader, recorder: recorder, screen: output.screen).runNewParticipant()
        #expect(output.text.contains("! 5 is not on this scale (1–4)"))
        #expect(reader.requests[3].prefill == "5")
        #expect(output.text.contains("Think of the last quarter."))
        #expect(recorder.state.withLock { $0.submitted.first?.predictions } == ["vision-shared": .scale(2)])
        #expect(output.text.contains("this question is required, so it cannot be skipped"))
    }

    @Test func backToAnEarlierAnswerPutsItOnTheLineAndAChangeDropsTheHiddenAnswer() throws {
        let reader = ScriptedLineReader(lines: [
            "1", "1", "4", "3", "1", "Asia", ":back", ":back", "lower", "", "yes",
        ])
        try TerminalSample.runner(reader: reader, recorder: recorder, screen: output.screen).runNewParticipant()
        #expect(reader.requests[8].prefill == "New markets")
        let submitted = recorder.state.withLock { $0.submitted.first }
        #expect(submitted?.answers["top-goal"] == .choice("cost"))
        #expect(submitted?.answers["which-markets"] == nil)
    }

    @Test func aReviewJumpChangesOneAnswerAndComesBack() throws {
        let reader = ScriptedLineReader(lines: ["1", "1", "4", "3", ":review", "1", "2", "", "2", "", "yes"])
        try TerminalSample.runner(reader: reader, recorder: recorder, screen: output.screen).runNewParticipant()
        #expect(output.text.contains("Your answers so far"))
        #expect(output.text.contains("Your answer: 4 · Agree; your guess: 3 · Rather agree"))
        #expect(recorder.state.withLock { $0.submitted.first?.answers["vision-shared"] } == .scale(2))
    }

    @Test func pipedInputFailsFastOnABadLineAndAtItsEnd() throws {
        let bad = ScriptedLineReader(lines: ["1", "1", "7"], interactive: false)
        #expect(
            throws: RunnerError.rejectedInput(
                line: 3, waitingFor: "question 'vision-shared'", reason: "7 is not on this scale (1–4)",
                resumeCommand: nil)
        ) {
            try TerminalSample.runner(reader: bad, recorder: recorder, screen: output.screen).runNewParticipant()
        }
        // A draft without a single answer is not kept.
        #expect(recorder.state.withLock { $0.drafts.isEmpty })
        let short = ScriptedLineReader(lines: ["1", "1", "4"], interactive: false)
        do {
            try TerminalSample.runner(reader: short, recorder: recorder, screen: output.screen).runNewParticipant()
            Issue.record("the run ended without an error")
        } catch {
            #expect(
                error == .inputEnded(waitingFor: "question 'vision-shared'", resumeCommand: "accord run --resume C2"))
            #expect(error.exitStatus == 1)
            #expect(error.errorDescription?.contains("input ended while question 'vision-shared' was waiting") == true)
        }
        #expect(recorder.state.withLock { $0.submitted.isEmpty })
    }

    @Test func accessibleModeNumbersEverythingInPlainWords() throws {
        let plain = CapturedScreen(accessible: true)
        let reader = ScriptedLineReader(lines: ["1", "1", "4", "3", "2", "", "yes"])
        try TerminalSample.runner(reader: reader, recorder: recorder, screen: plain.screen).runNewParticipant()
        #expect(plain.text.contains("Question 1 of 3, Common vision."))
        #expect(plain.text.contains("1. Disagree"))
        #expect(!plain.text.contains("·"))
        #expect(reader.requests.last?.prompt == "Submit?: ")
    }
}
