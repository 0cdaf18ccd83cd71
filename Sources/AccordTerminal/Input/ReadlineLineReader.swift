import AccordCore
import CReadline
import Foundation

/// Reads lines through GNU readline: line editing, Tab completion of the request's words, an
/// editable prefill, and history in memory only (never written to a file).
///
/// Ctrl-C is kept as a key while a line is read (readline's terminal settings turn off
/// `ISIG`), so it ends the line with `LineReadError.interrupted` instead of killing the
/// process; Ctrl-D on an empty line ends it with `LineReadError.endOfInput`.
public final class ReadlineLineReader: LineReader {
    /// Always `true`: readline is only used on a terminal.
    public var isInteractive: Bool { true }

    /// Sets up readline.
    ///
    /// - Parameters:
    ///   - outputToStandardError: show prompts on standard error rather than standard output.
    ///   - plain: edit as on a dumb terminal, sending no escape sequences at all (for screen
    ///     readers).
    public init(outputToStandardError: Bool = false, plain: Bool = false) {
        setlocale(LC_ALL, "")
        accord_rl_configure()
        accord_rl_keep_ctrl_c_as_key()
        if outputToStandardError { accord_rl_set_output(accord_stderr()) }
        if plain { accord_rl_use_dumb_terminal() }
        rl_initialize()
        // After the user's inputrc, so that these always hold.
        rl_variable_bind("completion-ignore-case", "on")
        rl_variable_bind("disable-completion", "off")
        rl_variable_bind("history-size", "200")
        if plain { rl_variable_bind("enable-bracketed-paste", "off") }
        rl_bind_key(3, Self.interruptKey)
        accord_rl_set_attempted_completion_function(Self.complete)
        accord_rl_set_startup_hook(Self.insertPrefill)
        accord_rl_set_getc_function(Self.nextKey)
        using_history()
        clear_history()
        signal(SIGINT, Self.noteInterrupt)
    }

    /// Shows the prompt and reads one line with readline.
    public func readLine(_ request: LineRequest) throws(LineReadError) -> String {
        if ReadlineState.interruptPending.exchange(false, ordering: .relaxed) { throw .interrupted }
        ReadlineState.shared.withLock {
            $0.prefill = request.prefill
            $0.completions = request.completions
            $0.interrupted = false
        }
        if KioskLock.isCloseRequested { throw .closeRequested }
        let line = readline(request.prompt)
        defer { free(line) }
        let interrupted = ReadlineState.shared.withLock { state in
            defer { state.interrupted = false }
            return state.interrupted
        }
        if KioskLock.isCloseRequested {
            writeToTerminal("\n")
            throw .closeRequested
        }
        if interrupted || ReadlineState.interruptPending.exchange(false, ordering: .relaxed) { throw .interrupted }
        guard let line else {
            writeToTerminal("\n")
            throw .endOfInput
        }
        let text = String(cString: line)
        if !text.trimmingCharacters(in: .whitespaces).isEmpty { add_history(line) }
        return TextNormalization.normalized(text)  // NFC, as every channel's text
    }

    /// Empties readline's history.
    public func forgetHistory() {
        clear_history()
    }

    /// Drops the keys waiting in the terminal's input queue (`tcflush(TCIFLUSH)`) and in
    /// readline's, and a Ctrl-C pressed before the prompt appeared.
    public func discardPendingInput() {
        tcflush(STDIN_FILENO, TCIFLUSH)
        rl_clear_pending_input()
        ReadlineState.interruptPending.store(false, ordering: .relaxed)
    }

    /// Reads a line with the terminal's echo off, keys taken one at a time as readline
    /// does (so that they work without a controlling terminal too): Enter ends the line,
    /// Backspace and Ctrl-U edit it, Ctrl-C ends it as interrupted, Ctrl-D on an empty line
    /// as the end of input, and a close request as `closeRequested`.
    public func readHidden(prompt: String) throws(LineReadError) -> String {
        if ReadlineState.interruptPending.exchange(false, ordering: .relaxed) { throw .interrupted }
        if KioskLock.isCloseRequested { throw .closeRequested }
        let descriptor = STDIN_FILENO
        var saved = termios()
        let isTerminal = tcgetattr(descriptor, &saved) == 0
        if isTerminal {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG)
            withUnsafeMutableBytes(of: &quiet.c_cc) { keys in
                keys[Int(VMIN)] = 1
                keys[Int(VTIME)] = 0
            }
            tcsetattr(descriptor, TCSANOW, &quiet)
        }
        defer {
            if isTerminal { tcsetattr(descriptor, TCSANOW, &saved) }
            writeToTerminal("\n")
        }
        // The prompt comes once the keys are read one at a time, so that none typed after
        // it is taken by the terminal's own line editing.
        writeToTerminal(Style.removingReadlineMarkers(prompt))
        var bytes: [UInt8] = []
        while true {
            let byte = TerminalKeys.nextByte(from: descriptor)
            if KioskLock.isCloseRequested { throw .closeRequested }
            if ReadlineState.interruptPending.exchange(false, ordering: .relaxed) { throw .interrupted }
            switch byte {
            case EOF:
                if bytes.isEmpty { throw .endOfInput }
                return String(decoding: bytes, as: UTF8.self)
            case 10, 13: return String(decoding: bytes, as: UTF8.self)
            case 3: throw .interrupted
            case 4 where bytes.isEmpty: throw .endOfInput
            case 21: bytes.removeAll()  // Ctrl-U
            case 8, 127:
                // One character back: continuation bytes of UTF-8, then their lead byte.
                while let last = bytes.popLast(), last & 0xC0 == 0x80 {}
            default:
                if byte >= 32 || byte == 9 { bytes.append(UInt8(byte)) }
            }
        }
    }

    private func writeToTerminal(_ text: String) {
        let stream = accord_rl_output()
        fputs(text, stream)
        fflush(stream)
    }

    /// Handles SIGINT outside `readline()`, where the terminal sends Ctrl-C as a signal.
    private static let noteInterrupt: @convention(c) (Int32) -> Void = { _ in
        ReadlineState.interruptPending.store(true, ordering: .relaxed)
    }

    /// Bound to Ctrl-C: ends the line and marks it interrupted.
    private static let interruptKey: @convention(c) (Int32, Int32) -> Int32 = { _, _ in
        ReadlineState.shared.withLock { $0.interrupted = true }
        // Show ^C after the line (which is dropped) and end it as Enter would, so the
        // cursor is on a fresh line for the closing message.
        rl_end_of_line(1, 0)
        rl_insert_text("^C")
        rl_redisplay()
        return rl_newline(1, 10)
    }

    /// readline's key reader: a wait that a close request (SIGTERM, SIGUSR1) interrupts.
    private static let nextKey: @convention(c) (UnsafeMutablePointer<FILE>?) -> Int32 = { stream in
        TerminalKeys.nextByte(from: stream.map { fileno($0) } ?? 0)
    }

    /// Puts the request's prefill on the line before the participant types.
    private static let insertPrefill: @convention(c) () -> Int32 = {
        let prefill = ReadlineState.shared.withLock { $0.prefill }
        if !prefill.isEmpty { rl_insert_text(prefill) }
        return 0
    }

    /// Completes the text since the last comma to one of the request's words.
    private static let complete:
        @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = {
            text, _, _ in
            accord_rl_set_attempted_completion_over(1)
            accord_rl_set_completion_append_character(0)
            return rl_completion_matches(text, nextMatch)
        }

    /// readline's generator: called with state 0 first, then until it returns `nil`.
    private static let nextMatch: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = {
        text, state in
        let typed = text.map { String(cString: $0) } ?? ""
        let next: String? = ReadlineState.shared.withLock { values in
            if state == 0 {
                values.matches = CompletionMatcher.matches(for: typed, in: values.completions)
                values.nextMatch = 0
            }
            guard values.nextMatch < values.matches.count else { return nil }
            defer { values.nextMatch += 1 }
            return values.matches[values.nextMatch]
        }
        return next.flatMap { strdup($0) }
    }
}
