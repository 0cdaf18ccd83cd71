import ArgumentParser

/// `accord demo`: not built yet.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo", abstract: "Not built yet.")

    func run() throws {
        throw ValidationError("'accord demo' is not built yet.")
    }
}
