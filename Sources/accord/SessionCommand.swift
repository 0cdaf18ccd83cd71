import ArgumentParser

/// `accord session`: make, list and show sessions.
struct SessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: "Make, list and show sessions (a workshop snapshot and two partners).",
        subcommands: [SessionNewCommand.self, SessionListCommand.self, SessionShowCommand.self]
    )
}
