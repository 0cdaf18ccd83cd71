import AccordCore
import AccordStore
import ArgumentParser
import Foundation

/// `accord session new --workshop FILE --partners A,B [--id ID]`: stores a snapshot of the
/// workshop and prints the new session's id, alone, on stdout.
struct SessionNewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Open a session: snapshot a workshop for two partners; prints the session id.",
        discussion: "Round 1 is opened. Later changes to the workshop file do not change the session."
    )

    @OptionGroup var store: StoreOptions

    @ArgumentParser.Option(name: .long, help: ArgumentHelp("The workshop: a file (JSON), or a built-in name (see 'accord workshops').", valueName: "file|name"))
    var workshop: String

    @ArgumentParser.Option(
        name: .long, help: ArgumentHelp("The two partners, comma-separated, e.g. Acme,Globex.", valueName: "a,b"))
    var partners: String

    @ArgumentParser.Option(name: .long, help: ArgumentHelp("The session id (default: a random one).", valueName: "id"))
    var id: String?

    func run() throws {
        let names = partners.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard names.count == 2, !names[0].isEmpty, !names[1].isEmpty, names[0] != names[1] else {
            throw ValidationError("--partners takes exactly two distinct non-empty names, such as Acme,Globex.")
        }
        if let id, !AnswerStore.isValidSessionID(id) { throw StoreError.invalidSessionID(id) }
        let source = try WorkshopArgument(workshop)
        let (id, data, workshop) = (id, source.data, source.workshop)
        let session = try store.withStore(.create) {
            try await $0.createSession(id: id, snapshot: data, workshop: workshop, partners: names)
        }
        print(session.id)
    }
}
