import ArgumentParser

/// `accord import`: not built yet.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Not built yet.")

    func run() throws {
        throw ValidationError("'accord import' is not built yet.")
    }
}
