import AccordCore

/// What a line reader is asked for: a prompt, text already on the line, and the words Tab
/// completes to.
public struct LineRequest: Sendable, Hashable {
    /// The prompt, made inert (`TerminalText`); colour codes in it are wrapped in
    /// `\u{01}`…`\u{02}` (see `Style`).
    public var prompt: String
    /// Text put on the line to edit before the participant types (an earlier answer, or
    /// the input that was just rejected).
    public var prefill: String
    /// The words Tab completes to.
    public var completions: [String]

    /// Creates a request.
    public init(prompt: String, prefill: String = "", completions: [String] = []) {
        self.prompt = TerminalText.inert(keepingStyles: prompt)
        self.prefill = prefill
        self.completions = completions
    }
}

/// Why no line was read.
public enum LineReadError: Error, Sendable, Hashable {
    /// The participant pressed Ctrl-C.
    case interrupted
    /// The input ended: Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
    /// The facilitator asked the kiosk to close (SIGTERM or SIGUSR1 from another terminal,
    /// see `KioskLock`).
    case closeRequested
}

/// Reads one line of input at a time: through GNU readline on a terminal, plainly otherwise.
public protocol LineReader: AnyObject {
    /// Whether a person is typing at a terminal (line editing, completion, prefill).
    var isInteractive: Bool { get }
    /// Shows the prompt and reads one line, without its line end.
    func readLine(_ request: LineRequest) throws(LineReadError) -> String
    /// Forgets every line read so far, so that nothing can be recalled (kiosk mode).
    func forgetHistory()
    /// Drops every key typed but not read yet, so that lines typed ahead (or pasted) cannot
    /// answer a prompt the participant has not seen.
    func discardPendingInput()
    /// Shows `prompt` and reads one line without showing what is typed (the kiosk's exit
    /// phrase).
    func readHidden(prompt: String) throws(LineReadError) -> String
}

extension LineReader {
    /// Nothing typed ahead to drop: the default for readers without a terminal.
    public func discardPendingInput() {}

    /// Reads a line as `readLine` does: the default for readers without a terminal, where
    /// nothing typed is shown anyway.
    public func readHidden(prompt: String) throws(LineReadError) -> String {
        try readLine(LineRequest(prompt: prompt))
    }
}
