import AccordCore
import Foundation

extension SessionStore {
    /// Writes the anonymised answers of a session in long format (one row per answer), rows
    /// shuffled so that the answers of one participant cannot be linked, each round grouped as
    /// `ExportGrouping` allows (`docs/anonymity.md`, "Exports"). The same code for every
    /// backend: the store only hands over a round's stored submissions (`forEachStoredSubmission`);
    /// the rows are staged, grouped and shuffled by `ExportStaging` on this machine.
    ///
    /// - Parameters:
    ///   - round: one round, or `nil` for every closed round.
    ///   - preview: also export open rounds (thresholds apply all the same).
    ///   - write: receives the output in pieces, in order.
    /// - Throws: `StoreError.unknownRound`, `.roundOpen` (without `preview`), `.unknownSession`.
    public func exportAnswers(
        session: String, round: Int? = nil, preview: Bool = false, format: ExportFormat,
        write: (String) throws -> Void
    ) async throws -> ExportSummary {
        let stored = try await self.session(session)
        let rounds: [Int]
        if let round {
            guard let state = stored.rounds.first(where: { $0.number == round }) else {
                throw StoreError.unknownRound(session: session, round: round)
            }
            guard !state.isOpen || preview else { throw StoreError.roundOpen(session: session, round: round) }
            rounds = [round]
        } else {
            rounds = stored.rounds.filter { !$0.isOpen || preview }.map(\.number)
        }
        let staging = try ExportStaging(session: stored)
        var summary = ExportSummary(rounds: [], rows: 0)
        for number in rounds {
            var round = staging.round(number)
            try await forEachStoredSubmission(session: session, round: number) { try round.stage($0) }
            summary.rounds.append(try round.finish())
        }
        summary.rows = try staging.write(format, to: write)
        return summary
    }
}
