import AccordCore
import AccordReport
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Where a rendered report goes: a file, written atomically, or standard output; and the
/// terminal facts the text renderer needs (width, whether colour is allowed).
struct ReportOutput {
    /// The file to write, or `nil` for standard output.
    var path: String?

    /// The renderer of `format` for this destination, in `language`.
    func renderer(_ format: ReportFormat, language: Language = .english) -> any ReportRenderer {
        let environment = ProcessInfo.processInfo.environment
        let terminal = isatty(STDOUT_FILENO) == 1
        let colour = ColourPolicy.allowsColour(stdoutIsTerminal: terminal, writingToFile: path != nil, environment: environment)
        let columns = terminal && path == nil ? Self.terminalColumns() : nil
        return format.renderer(
            width: ColourPolicy.width(terminalColumns: columns, environment: environment), colour: colour, language: language)
    }

    /// Writes `report` as `renderer` renders it to the file or to standard output, as it is
    /// rendered (a format that streams, JSON, is never held whole in memory).
    func write(_ report: GapReport, with renderer: any ReportRenderer) throws {
        if let path {
            try AtomicFile.write(to: path) { renderer.render(report, into: &$0) }
        } else {
            var stream = FileStream.standardOutput()
            renderer.render(report, into: &stream)
            try stream.finish()
        }
    }

    private static func terminalColumns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
