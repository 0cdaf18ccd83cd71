import Foundation
import Glibc
import Testing

@testable import AccordTerminal

@Suite struct TerminalOutputTests {
    @Test func completionKeepsLeadingSpacesAndIgnoresCaseAndAccents() {
        let words = ["Customers", "customers", "Cost", "Économie"]
        #expect(CompletionMatcher.matches(for: " cu", in: words) == [" Customers"])
        #expect(CompletionMatcher.matches(for: "eco", in: words) == ["Économie"])
        #expect(CompletionMatcher.matches(for: "", in: words) == ["Customers", "Cost", "Économie"])
    }

    @Test func colourOnlyOnATerminalWithoutNoColourOrDumbTerm() {
        #expect(Style.colourAllowed(environment: ["TERM": "xterm"], isTerminal: true, accessible: false))
        #expect(
            !Style.colourAllowed(environment: ["TERM": "xterm", "NO_COLOR": "1"], isTerminal: true, accessible: false))
        #expect(!Style.colourAllowed(environment: ["TERM": "dumb"], isTerminal: true, accessible: false))
        #expect(!Style.colourAllowed(environment: ["TERM": "xterm"], isTerminal: false, accessible: false))
        #expect(!Style.colourAllowed(environment: ["TERM": "xterm"], isTerminal: true, accessible: true))
        #expect(Style(colour: true).prompt("> ") == "\u{01}\u{1B}[1m\u{02}> \u{01}\u{1B}[0m\u{02}")
        #expect(Style(colour: false).bold("x") == "x")
    }

    @Test func textIsWrappedAtWordsToTheWidth() {
        let lines = TextWrapping.wrap(
            "We share one vision for this partnership and its next three years.", width: 24, indent: "  ")
        #expect(lines == ["  We share one vision", "  for this partnership", "  and its next three", "  years."])
    }

    /// Issue 10: workshop text and answers reach the terminal inert; only Accord's colours pass.
    @Test func theScreenPrintsControlSequencesInertButKeepsItsOwnColours() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("accord-screen-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = try #require(fopen(path, "w"))
        let screen = Screen(stream: file, style: Style(colour: true), accessible: false)
        screen.line(screen.style.bold("Title \u{1B}[2J\u{1B}]52;c;aGk=\u{07}"))
        screen.paragraph("comment\r\nwith \u{9B}2J")
        fclose(file)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix("\u{1B}[1mTitle \u{241B}[2J\u{241B}]52;c;aGk=\u{2407}\u{1B}[0m\n"))
        #expect(written.unicodeScalars.filter { $0 == "\u{1B}" }.count == 2, "only the bold on and off")
        #expect(!written.unicodeScalars.contains { $0 == "\r" || $0 == "\u{9B}" || $0 == "\u{07}" })
        #expect(written.contains("\u{FFFD}2J"))
        #expect(LineRequest(prompt: "\u{1B}]0;title\u{07}> ").prompt == "\u{241B}]0;title\u{2407}> ")
    }
}
