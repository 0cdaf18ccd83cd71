import AccordCore
import CReadline
import Glibc

/// Where the runner writes what participants read: the terminal (standard output), or
/// standard error when input is piped, so that standard output stays clean.
public final class Screen {
    /// Colours, or none.
    public let style: Style
    /// Plain numbered output for screen readers: no colour, no symbols that carry meaning.
    public let accessible: Bool
    private let stream: UnsafeMutablePointer<FILE>
    private let descriptor: Int32

    /// Creates a screen writing to standard error (`toStandardError`) or standard output.
    public convenience init(toStandardError: Bool, style: Style, accessible: Bool) {
        self.init(stream: toStandardError ? accord_stderr() : accord_stdout(), style: style, accessible: accessible)
    }

    /// Creates a screen writing to an open stream (a file, in tests).
    public init(stream: UnsafeMutablePointer<FILE>, style: Style, accessible: Bool) {
        self.stream = stream
        self.descriptor = fileno(stream)
        self.style = style
        self.accessible = accessible
    }

    /// The terminal's width in columns (80 when it cannot be told), read each time so that a
    /// resized window is followed.
    public var width: Int {
        var size = winsize()
        if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), columns > 0 { return columns }
        return 80
    }

    /// Writes `text` made inert (`TerminalText.inert(keepingStyles:)`): workshop text and
    /// answers can carry no control sequence to the terminal, only Accord's own colours.
    public func write(_ text: String) {
        writeRaw(TerminalText.inert(keepingStyles: text))
    }

    private func writeRaw(_ text: String) {
        fputs(text, stream)
        fflush(stream)
    }

    /// Writes one line.
    public func line(_ text: String = "") {
        write(text + "\n")
    }

    /// Writes `text` wrapped to the terminal's width.
    public func paragraph(_ text: String, indent: String = "") {
        for line in TextWrapping.wrap(text, width: width - 1, indent: indent) { self.line(line) }
    }

    /// Clears the screen and the scrollback, so that nothing written before can be seen.
    public func clear() {
        writeRaw("\u{1B}[H\u{1B}[2J\u{1B}[3J")
    }
}
