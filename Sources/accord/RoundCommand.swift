import ArgumentParser

/// `accord round`: not built yet.
struct RoundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "round", abstract: "Not built yet.")

    func run() throws {
        throw ValidationError("'accord round' is not built yet.")
    }
}
