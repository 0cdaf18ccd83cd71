import AccordCore
import CReadline
import Glibc

/// Reads lines from standard input without a terminal (scripts, tests, pipes): prompts go to
/// standard error so that standard output stays clean, and nothing is kept.
///
/// Piped input is a script whose every line is meant as an answer, so nothing is ever
/// discarded as typed ahead (`discardPendingInput` does nothing): a script answers the
/// final review with its own `yes` line, and its lines are never read for another prompt
/// than the one they were written for.
public final class PlainLineReader: LineReader {
    /// Always `false`.
    public var isInteractive: Bool { false }

    /// Creates a reader of standard input.
    public init() {}

    /// Writes the prompt to standard error and reads one line; the end of input ends it.
    public func readLine(_ request: LineRequest) throws(LineReadError) -> String {
        let prompt = Style.removingReadlineMarkers(request.prompt)
        fputs(prompt, accord_stderr())
        fflush(accord_stderr())
        guard let line = Swift.readLine(strippingNewline: true) else {
            fputs("\n", accord_stderr())
            if KioskLock.isCloseRequested { throw .closeRequested }
            throw .endOfInput
        }
        if KioskLock.isCloseRequested { throw .closeRequested }
        fputs("\n", accord_stderr())
        // Piped text enters like typed text: NFC, without the CR of a CRLF line end.
        return TextNormalization.normalized(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }

    /// Nothing is kept, so there is nothing to forget.
    public func forgetHistory() {}
}
