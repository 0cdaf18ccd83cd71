import ArgumentParser

/// `accord report`: not built yet.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "Not built yet.")

    func run() throws {
        throw ValidationError("'accord report' is not built yet.")
    }
}
