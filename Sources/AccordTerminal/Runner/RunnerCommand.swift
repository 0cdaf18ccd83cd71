import Foundation

/// What a participant may type at any prompt instead of an answer.
public enum RunnerCommand: String, Sendable, CaseIterable {
    /// Go back one step.
    case back = ":back"
    /// Leave an optional question unanswered.
    case skip = ":skip"
    /// Show the answers so far, to change one.
    case review = ":review"
    /// Show the commands.
    case help = ":help"
    /// Stop; the draft is kept.
    case quit = ":quit"
    /// Show the question's help text.
    case questionHelp = "?"

    /// The command `line` is, if it is one (surrounding spaces and case ignored).
    public init?(line: String) {
        let word = line.trimmingCharacters(in: .whitespaces).lowercased()
        self.init(rawValue: word)
    }

    /// The words Tab completes commands to.
    public static let completions = allCases.map(\.rawValue).filter { $0 != "?" }

    /// Each command and what it does, for `:help`.
    public static let summary = [
        ("?", "help for this question"),
        (":back", "go back one question"),
        (":skip", "leave an optional question unanswered"),
        (":review", "see your answers so far and change one"),
        (":help", "this list"),
        (":quit", "stop; your answers are kept and you can resume later"),
    ]
}
