import ArgumentParser

/// `accord validate`: not built yet.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "Not built yet.")

    func run() throws {
        throw ValidationError("'accord validate' is not built yet.")
    }
}
