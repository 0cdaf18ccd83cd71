/// Whether the text report may use colour: only on a terminal, never with `NO_COLOR` (any
/// value but empty, see no-color.org), never when writing to a file.
public enum ColourPolicy {
    /// The decision, from facts the command gathers.
    public static func allowsColour(stdoutIsTerminal: Bool, writingToFile: Bool, environment: [String: String]) -> Bool {
        guard stdoutIsTerminal, !writingToFile else { return false }
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return true
    }

    /// The width to wrap to: the terminal's columns when known, else `COLUMNS`, else 80.
    public static func width(terminalColumns: Int?, environment: [String: String]) -> Int {
        if let columns = terminalColumns, columns > 0 { return columns }
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 80
    }
}
