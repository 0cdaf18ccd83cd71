import AccordCore
import AccordStore
import ArgumentParser

/// `accord session show ID`: the session's workshop, fingerprint, partners and rounds.
struct SessionShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a session: workshop, SHA-256, partners, rounds."
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: ArgumentHelp("The session id.", valueName: "id"))
    var id: String

    func run() throws {
        let id = id
        let (session, counts) = try store.withStore(.readOnly) { store in
            let session = try await store.session(id)
            var counts: [Int: [GroupKey: Int]] = [:]
            for round in session.rounds {
                counts[round.number] = try await store.cellCounts(session: id, round: round.number)
            }
            return (session, counts)
        }
        let workshop = session.workshop
        let threshold = workshop.anonymity.minGroupSize
        print("session:   \(session.id)")
        print(TerminalText.inert("workshop:  \(workshop.title.text) (\(workshop.id) \(workshop.version))"))
        print("sha256:    \(session.workshopSHA256)")
        print(TerminalText.inert("partners:  \(session.partners.joined(separator: ", "))"))
        for round in session.rounds {
            // A count below the threshold is itself a small group's statistic (anonymity.md rule 2).
            let progress = SubmissionProgress(
                round: round.number, isOpen: round.isOpen, thresholds: workshop.anonymity, partners: session.partners,
                cellCounts: counts[round.number] ?? [:])
            let shown =
                switch progress.total {
                case .shown(let count): "\(count) submissions"
                case .hidden: "fewer than \(threshold) submissions"
                }
            print("round \(round.number):   \(round.isOpen ? "open" : "closed"), \(shown)")
        }
    }
}
