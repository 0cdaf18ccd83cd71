import Foundation

/// What can go wrong while facilitating: recording an action, a console command, the round.
public enum FacilitationError: Error, Sendable, Hashable, LocalizedError {
    /// An action with no text.
    case emptyActionText
    /// An action owner who is not one of the session's partners.
    case unknownOwner(String, partners: [String])
    /// A due round that is not after the round discussed.
    case dueRoundNotLater(due: Int, agreedIn: Int)
    /// A question id the workshop does not have.
    case unknownQuestion(String)
    /// A dimension id the workshop does not have.
    case unknownDimension(String)
    /// A section id or number the workshop does not have.
    case unknownSection(String)
    /// A finding number that the last reveal did not show.
    case unknownFinding(Int, shown: Int)
    /// A console command that does not exist.
    case unknownCommand(String)
    /// A console command with arguments it cannot use.
    case badArguments(command: String, problem: String, usage: String)
    /// Results asked for while the round is still open (anonymity rule 4).
    case roundStillOpen(Int)
    /// No round has been closed yet, so there is nothing to reveal.
    case nothingClosedYet

    /// A message that says what to do, in English (`ConsoleStrings.error` words it in each
    /// language: `Catalogue.for(language).console.error(error)`).
    public var errorDescription: String? { ConsoleStrings.english.error(self) }
}
