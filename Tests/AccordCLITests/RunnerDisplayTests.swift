import Foundation
import Testing

/// What `accord run` writes besides text: colour only where it belongs, none in accessible mode.
@Suite(.serialized) struct RunnerDisplayTests {
    @Test func aColourTerminalGetsColourWithPromptCodesHiddenFromReadline() throws {
        let session = try RunnerSession()
        defer { session.remove() }
        let terminal = try session.terminal(
            ["--partner", "Acme", "--level", "management"], environment: ["TERM": "xterm-256color"])
        try terminal.at("We share one vision", type: "9\r")
        try terminal.at("9 is not on this scale", type: "\u{03}")
        #expect(try terminal.waitForExit() == 130)
        #expect(terminal.transcript.contains("\u{1B}[1m"))  // the bold prompt
        #expect(terminal.transcript.contains("\u{1B}[31m! 9 is not on this scale (1–5)"))
        // readline drops its \u{01}…\u{02} markers; they must never reach the screen.
        #expect(!terminal.transcript.contains("\u{01}"))
    }

    @Test func noColourWithNoColourSet() throws {
        let session = try RunnerSession()
        defer { session.remove() }
        let terminal = try session.terminal(
            ["--partner", "Acme", "--level", "management"], environment: ["TERM": "xterm-256color", "NO_COLOR": "1"])
        try terminal.at("We share one vision", type: "\u{03}")
        #expect(try terminal.waitForExit() == 130)
        #expect(!terminal.transcript.contains("\u{1B}[1m"))
        #expect(!terminal.transcript.contains("\u{1B}[2m"))
    }

    @Test func accessibleModeWritesPlainNumberedLinesAndNoEscapeCodes() throws {
        let session = try RunnerSession()
        defer { session.remove() }
        let terminal = try session.terminal([], environment: ["TERM": "xterm-256color", "ACCESSIBLE": "1"])
        try terminal.at("Which partner organisation are you with?", type: "2\r", prompt: "Answer: ")
        try terminal.at("Which level", type: "1\r", prompt: "Answer: ")
        let question = try terminal.at("We share one vision", type: "6\r", prompt: "Answer: ")
        try terminal.at("Not accepted: 6 is not on this scale (1 to 5).", type: "\u{15}4\r", prompt: "Answer: ")
        try terminal.at("Question 1 of 6, Common vision, your guess.", type: "\u{03}", prompt: "Answer: ")
        #expect(try terminal.waitForExit() == 130)
        #expect(question.contains("1. Strongly disagree"))
        #expect(question.contains("dk. Don't know"))
        #expect(terminal.transcript.contains("Question 1 of 6, Common vision.\n"))
        #expect(!terminal.transcript.contains("\u{1B}"))
    }
}
