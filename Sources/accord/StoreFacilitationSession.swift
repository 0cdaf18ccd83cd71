import AccordCore
import AccordStore
import AccordTerminal

/// The facilitator's console over the SQLite store: rounds, counts per cell, closed rounds'
/// reports (compared with the round before, with the agreed actions) and actions.
final class StoreFacilitationSession: FacilitationSession {
    let store: AnswerStore
    let stored: StoredSession

    init(store: AnswerStore, session: String) throws {
        self.store = store
        self.stored = try store.session(session)
    }

    var id: String { stored.id }
    var workshop: Workshop { stored.workshop }
    var partners: [String] { stored.partners }

    func currentRound() throws -> RoundStatus {
        let rounds = try store.session(stored.id).rounds
        guard let last = rounds.last else { return RoundStatus(number: 1, isOpen: false) }
        return RoundStatus(number: last.number, isOpen: last.isOpen)
    }

    /// Counted in one streaming pass; only the four cells leave this function.
    func cellCounts(round: Int) throws -> [GroupKey: Int] {
        var counts: [GroupKey: Int] = [:]
        try store.forEachSubmission(session: stored.id, round: round) { submission in
            counts[GroupKey(partner: submission.partner, level: submission.level), default: 0] += 1
        }
        return counts
    }

    func openRound() throws -> Int { try store.openRound(session: stored.id) }

    func closeRound() throws -> Int { try store.closeRound(session: stored.id) }

    func report(round: Int) throws -> GapReport {
        try SessionReport.forDiscussion(store, try store.session(stored.id), round: round)
    }

    func actions() throws -> [AgreedAction] { try store.actions(session: stored.id) }

    func addAction(_ action: AgreedAction) throws -> AgreedAction { try store.addAction(action, session: stored.id) }
}
