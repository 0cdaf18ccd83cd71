import AccordStore
import ArgumentParser

/// `accord round open|close --session ID`.
struct RoundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "round",
        abstract: "Open the next round or close the current one.",
        subcommands: [Open.self, Close.self]
    )

    /// `accord round open --session ID`: prints the new round's number.
    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "open", abstract: "Open the next round (the current one must be closed); prints its number.")

        @OptionGroup var store: StoreOptions
        @Option(name: .long, help: ArgumentHelp("The session id.", valueName: "id"))
        var session: String

        func run() throws {
            let session = session
            let number = try store.withStore(.readWrite) { try await $0.openRound(session: session) }
            StandardError.print("Round \(number) of session \(session) is open.")
            print(number)
        }
    }

    /// `accord round close --session ID`: prints the closed round's number.
    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "close", abstract: "Close the open round: it takes no more submissions; prints its number.")

        @OptionGroup var store: StoreOptions
        @Option(name: .long, help: ArgumentHelp("The session id.", valueName: "id"))
        var session: String

        func run() throws {
            let session = session
            let number = try store.withStore(.readWrite) { try await $0.closeRound(session: session) }
            StandardError.print("Round \(number) of session \(session) is closed.")
            print(number)
        }
    }
}
