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

    /// A message that says what to do.
    public var errorDescription: String? {
        switch self {
        case .emptyActionText:
            "An action needs a text: say what will be done."
        case .unknownOwner(let owner, let partners):
            "'\(input: owner)' is not a partner of this session; the owner is one of: \(partners.joined(separator: ", "))."
        case .dueRoundNotLater(let due, let agreedIn):
            "An action agreed on round \(agreedIn)'s results is due in a later round, not round \(due)."
        case .unknownQuestion(let id):
            "The workshop has no question '\(input: id)'."
        case .unknownDimension(let id):
            "The workshop has no dimension '\(input: id)'."
        case .unknownSection(let id):
            "The workshop has no section '\(input: id)'; type 'agenda' to see the sections and their numbers."
        case .unknownFinding(let number, let shown):
            shown == 0
                ? "There is no finding \(number): reveal a section first, then refer to its findings by number."
                : "There is no finding \(number): the last reveal showed findings 1 to \(shown)."
        case .unknownCommand(let command):
            "Unknown command '\(input: command)'; type 'help' to see the commands."
        case .badArguments(let command, let problem, let usage):
            "\(command): \(problem). Usage: \(usage)"
        case .roundStillOpen(let round):
            "Round \(round) is still open; close it ('close') before revealing results."
        case .nothingClosedYet:
            "No round has been closed yet: close the round ('close') first; its results come after."
        }
    }
}
