/// The facilitator's commands, one list for every channel: the terminal console types them
/// (`accord facilitate`), the browser console has a page or a button for each
/// (`accord serve`), and a test checks that no channel misses one.
public enum FacilitationCommand: String, Sendable, Hashable, CaseIterable {
    /// The phases, their timeboxes, where the workshop is.
    case agenda
    /// Starts the next phase.
    case next
    /// Jumps to a phase by number or section id.
    case phase
    /// The countdown of the current phase.
    case time
    /// How many have submitted per group, thresholds applied.
    case counts
    /// Opens the next round.
    case open
    /// Closes the open round (after a confirmation).
    case close
    /// Reveals the next section's findings, or the one named.
    case reveal
    /// The revealed section's smaller findings.
    case more
    /// Records an agreed action.
    case action
    /// The actions agreed so far, with how their gaps moved.
    case actions
    /// Every command with what it does.
    case help
    /// Leaves the console (everything is already stored).
    case quit

    /// How the command is typed at the terminal console, in English (each language's
    /// placeholders: `ConsoleStrings.usage`). The command words are the same in every language.
    public var usage: String { ConsoleStrings.english.usage(self) }
}
