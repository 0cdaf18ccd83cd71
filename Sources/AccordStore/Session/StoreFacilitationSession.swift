import AccordCore

/// The facilitator's session over the SQLite store: rounds, counts per cell, closed rounds'
/// reports (compared with the round before, with the agreed actions) and actions. What the
/// terminal console (`accord facilitate`) and the server's facilitator pages drive.
public final class StoreFacilitationSession: FacilitationSession, Sendable {
    /// The store the session lives in.
    public let store: AnswerStore
    /// The session as it was when this was made (its id, workshop and partners do not change).
    public let stored: StoredSession

    /// The session `session` of `store`; throws `StoreError.unknownSession` if there is none.
    public init(store: AnswerStore, session: String) throws {
        self.store = store
        self.stored = try store.session(session)
    }

    public var id: String { stored.id }
    public var workshop: Workshop { stored.workshop }
    public var partners: [String] { stored.partners }

    public func currentRound() throws -> RoundStatus {
        let rounds = try store.session(stored.id).rounds
        guard let last = rounds.last else { return RoundStatus(number: 1, isOpen: false) }
        return RoundStatus(number: last.number, isOpen: last.isOpen)
    }

    /// Counted by SQLite (`AnswerStore.cellCounts`); only the four cells leave this function.
    public func cellCounts(round: Int) throws -> [GroupKey: Int] {
        try store.cellCounts(session: stored.id, round: round)
    }

    public func openRound() throws -> Int { try store.openRound(session: stored.id) }

    public func closeRound() throws -> Int { try store.closeRound(session: stored.id) }

    public func report(round: Int) throws -> GapReport {
        try SessionReport.forDiscussion(store, try store.session(stored.id), round: round)
    }

    public func actions() throws -> [AgreedAction] { try store.actions(session: stored.id) }

    public func addAction(_ action: AgreedAction) throws -> AgreedAction {
        try store.addAction(action, session: stored.id)
    }
}
