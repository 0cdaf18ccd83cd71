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
}
