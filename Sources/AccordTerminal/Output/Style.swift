/// Colours and emphasis, or none: colour only on a terminal, never with `NO_COLOR`, with
/// `TERM=dumb` or in accessible mode.
public struct Style: Sendable, Hashable {
    /// Whether escape codes are written at all.
    public var colour: Bool

    /// Creates a style.
    public init(colour: Bool) {
        self.colour = colour
    }

    /// Whether colour fits this environment and output.
    public static func colourAllowed(environment: [String: String], isTerminal: Bool, accessible: Bool) -> Bool {
        guard isTerminal, !accessible else { return false }
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        let term = environment["TERM"] ?? ""
        return !term.isEmpty && term != "dumb"
    }

    /// Bold text.
    public func bold(_ text: String) -> String { wrap(text, "1") }
    /// Dimmed text, for progress lines and hints.
    public func dim(_ text: String) -> String { wrap(text, "2") }
    /// Text in the error colour.
    public func error(_ text: String) -> String { wrap(text, "31") }
    /// Text in the success colour.
    public func success(_ text: String) -> String { wrap(text, "32") }
    /// Text in the accent colour, for keys to type.
    public func accent(_ text: String) -> String { wrap(text, "36") }

    /// `text` for a readline prompt: every escape code wrapped in `\u{01}`…`\u{02}` so that
    /// readline leaves it out of the prompt's width.
    public func prompt(_ text: String, code: String = "1") -> String {
        guard colour else { return text }
        return "\u{01}\u{1B}[\(code)m\u{02}\(text)\u{01}\u{1B}[0m\u{02}"
    }

    /// `prompt` without readline's width markers, for output that does not go through readline.
    public static func removingReadlineMarkers(_ prompt: String) -> String {
        prompt.filter { $0 != "\u{01}" && $0 != "\u{02}" }
    }

    private func wrap(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
