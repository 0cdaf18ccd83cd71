import ArgumentParser

/// `accord session`: not built yet.
struct SessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "session", abstract: "Not built yet.")

    func run() throws {
        throw ValidationError("'accord session' is not built yet.")
    }
}
