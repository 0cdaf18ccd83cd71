/// One located problem in a workshop file.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a problem is: an error stops the workshop from loading, a warning does not.
    public enum Severity: String, Sendable, Hashable {
        /// The workshop cannot be used until this is fixed.
        case error
        /// The workshop works, but something is probably unintended (a translation left out).
        case warning
    }

    /// The file as the user named it.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, in characters.
    public var column: Int
    /// The JSON path of the offending value, such as `$.sections[0].questions[2].scale`.
    public var path: String
    /// The question the problem is in, if any.
    public var questionID: String?
    /// What is wrong and how to fix it.
    public var message: String
    /// Whether this is an error or a warning.
    public var severity: Severity

    /// Creates a diagnostic; control characters in `message` are escaped (`InputQuote`).
    public init(
        file: String, line: Int, column: Int, path: String, questionID: String? = nil, message: String,
        severity: Severity = .error
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.questionID = questionID
        // Values quoted in the message were made inert and cut where they were quoted
        // (`'\(input: value)'`); this keeps any other control character off the terminal.
        self.message = InputQuote.inert(message, limit: .max)
        self.severity = severity
    }

    /// `FILE:LINE:COLUMN: error: message` (or `warning:`), the format editors and CI understand.
    public var description: String { "\(file):\(line):\(column): \(severity.rawValue): \(message)" }
}
