import AccordCore
import AccordStore
import ArgumentParser

/// `accord session list [--format text|json]`: one session a line, its id first. A contract
/// read by outside scripts (`product.md`): keep the id first and the JSON keys stable.
struct SessionListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List sessions, one a line, id first (or a JSON array).",
        discussion: """
            Text columns, tab-separated: id, workshop id@version, partners (comma-separated), \
            current round, open|closed.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var store: StoreOptions

    @ArgumentParser.Option(name: .long, help: "Output format.")
    var format: Format = .text

    func run() throws {
        let sessions = try store.withStore(.readOnly) { try await $0.sessions() }
        switch format {
        case .text:
            for session in sessions {
                print(
                    TerminalText.inert([
                        session.id, "\(session.workshopID)@\(session.workshopVersion)",
                        session.partners.joined(separator: ","), String(session.currentRound),
                        session.currentRoundIsOpen ? "open" : "closed",
                    ].joined(separator: "\t")))
            }
        case .json:
            let items: [JSONValue] = sessions.map { session in
                .object([
                    "id": .string(session.id),
                    "workshop": .object([
                        "id": .string(session.workshopID), "version": .string(session.workshopVersion),
                        "sha256": .string(session.workshopSHA256),
                    ]),
                    "partners": .array(session.partners.map(JSONValue.string)),
                    "round": .number(Double(session.currentRound)),
                    "roundOpen": .bool(session.currentRoundIsOpen),
                ])
            }
            print(JSONValue.array(items).serialized)
        }
    }
}
