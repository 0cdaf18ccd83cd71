import AccordCore

/// The facilitator's session over either backend's `FacilitationStore` (SQLite's
/// `AnswerStore.Suspending`, PostgreSQL's `PostgresServeStore`): rounds, counts per cell, closed
/// rounds' reports (compared with the round before, with the agreed actions) and actions. What
/// the terminal console (`accord facilitate`) drives: the console is synchronous, so each call
/// waits for the store (`AsyncBridge`); drive it from the main thread, never from inside the
/// concurrency pool.
public final class StoreFacilitationSession: FacilitationSession, Sendable {
    /// The store the session lives in.
    public let store: any FacilitationStore
    /// The session as it was when this was made (its id, workshop and partners do not change).
    public let stored: StoredSession

    /// The session `session` of `store`; throws `StoreError.unknownSession` if there is none.
    public init(store: any FacilitationStore, session: String) throws {
        self.store = store
        self.stored = try AsyncBridge.value { try await store.session(session) }
    }

    /// The session `session` of the SQLite `store`.
    public convenience init(store: AnswerStore, session: String) throws {
        try self.init(store: store.suspending, session: session)
    }

    public var id: String { stored.id }
    public var workshop: Workshop { stored.workshop }
    public var partners: [String] { stored.partners }

    public func currentRound() throws -> RoundStatus {
        let rounds = try wait { [stored] store in try await store.session(stored.id).rounds }
        guard let last = rounds.last else { return RoundStatus(number: 1, isOpen: false) }
        return RoundStatus(number: last.number, isOpen: last.isOpen)
    }

    /// Counted by the database (`FacilitationStore.cellCounts`); only the four cells leave this function.
    public func cellCounts(round: Int) throws -> [GroupKey: Int] {
        try wait { [stored] store in try await store.cellCounts(session: stored.id, round: round) }
    }

    public func openRound() throws -> Int {
        try wait { [stored] store in try await store.openRound(session: stored.id) }
    }

    public func closeRound() throws -> Int {
        try wait { [stored] store in try await store.closeRound(session: stored.id) }
    }

    /// `SessionReport.forDiscussion` over the store, as the server's report page makes it.
    public func report(round: Int, language: String?) throws -> GapReport {
        try wait { [stored] store in
            try await SessionReport.forDiscussion(store, try await store.session(stored.id), round: round, language: language)
        }
    }

    public func actions() throws -> [AgreedAction] {
        try wait { [stored] store in try await store.actions(session: stored.id) }
    }

    public func addAction(_ action: AgreedAction) throws -> AgreedAction {
        try wait { [stored] store in try await store.addAction(action, session: stored.id) }
    }

    /// Runs `body` with the store and waits for its value.
    private func wait<T: Sendable>(
        _ body: @escaping @Sendable (any FacilitationStore) async throws -> T
    ) throws -> T {
        let store = self.store
        return try AsyncBridge.value { try await body(store) }
    }
}
