import AccordCore
import AccordStore

/// `accord serve`'s store on PostgreSQL (`ServeStore`): a few connections, each used by one
/// request at a time (a transaction holds its connection), shared by the server's requests.
/// Nothing of a request is kept here: several servers over one database serve any request.
///
/// A connection the server closed (a restart, a network break) is replaced at its next use.
public final class PostgresServeStore: ServeStore {
    /// The database.
    public let location: PostgresLocation
    /// Server settings Accord tolerates but the user should hear about.
    public let warnings: [String]
    private let pool: Pool

    private init(location: PostgresLocation, warnings: [String], pool: Pool) {
        self.location = location
        self.warnings = warnings
        self.pool = pool
    }

    /// Opens `connections` connections (each checked as `PostgresAnswerStore.connect` does; the
    /// schema brought up to date by the first).
    public static func connect(
        _ location: PostgresLocation, connections: Int = 8,
        snapshotLoader: @escaping AnswerStore.SnapshotLoader = AnswerStore.workshopLoader
    ) async throws -> PostgresServeStore {
        let first = try await PostgresAnswerStore.connect(location, createSchema: true, snapshotLoader: snapshotLoader)
        var stores = [first]
        do {
            for _ in 1..<max(1, connections) {
                stores.append(
                    try await PostgresAnswerStore.connect(location, createSchema: false, snapshotLoader: snapshotLoader))
            }
        } catch {
            for store in stores { await store.close() }
            throw error
        }
        let pool = Pool(stores: stores) {
            try await PostgresAnswerStore.connect(location, createSchema: false, snapshotLoader: snapshotLoader)
        }
        return PostgresServeStore(location: location, warnings: first.warnings, pool: pool)
    }

    /// Closes every connection (requests still running keep theirs until they finish).
    public func close() async { await pool.close() }

    /// Runs `body` with a connection of its own.
    public func withConnection<T: Sendable>(_ body: (PostgresAnswerStore) async throws -> T) async throws -> T {
        let store = try await pool.take()
        do {
            let value = try await body(store)
            await pool.give(store)
            return value
        } catch {
            await pool.give(store)
            throw error
        }
    }

    // MARK: ParticipantStore

    public func session(_ id: String, draftCode: String?) async throws -> (session: StoredSession, draft: Draft?) {
        try await withConnection { try await $0.session(id, draftCode: draftCode) }
    }

    public func session(_ id: String) async throws -> StoredSession {
        try await withConnection { try await $0.session(id) }
    }

    public func startServedDraft(session: String, partner: String, level: Level, limit: Int) async throws -> Draft {
        try await withConnection {
            try await $0.startServedDraft(session: session, partner: partner, level: level, limit: limit)
        }
    }

    public func startDraft(session: String, partner: String, level: Level) async throws -> Draft {
        try await withConnection { try await $0.startDraft(session: session, partner: partner, level: level) }
    }

    public func loadDraft(code: String) async throws -> Draft? {
        try await withConnection { try await $0.loadDraft(code: code) }
    }

    public func saveDraft(_ draft: Draft) async throws {
        try await withConnection { try await $0.saveDraft(draft) }
    }

    public func submitDraft(_ draft: Draft) async throws {
        try await withConnection { try await $0.submitDraft(draft) }
    }

    public func discardDraft(code: String) async throws {
        try await withConnection { try await $0.discardDraft(code: code) }
    }

    // MARK: FacilitationStore

    public func openRound(session: String) async throws -> Int {
        try await withConnection { try await $0.openRound(session: session) }
    }

    public func closeRound(session: String) async throws -> Int {
        try await withConnection { try await $0.closeRound(session: session) }
    }

    public func facilitationState(session: String) async throws -> FacilitationState {
        try await withConnection { try await $0.facilitationState(session: session) }
    }

    public func setFacilitationState(_ state: FacilitationState, session: String) async throws {
        try await withConnection { try await $0.setFacilitationState(state, session: session) }
    }

    public func cellCounts(session: String, round: Int) async throws -> [GroupKey: Int] {
        try await withConnection { try await $0.cellCounts(session: session, round: round) }
    }

    public func addAction(_ action: AgreedAction, session: String) async throws -> AgreedAction {
        try await withConnection { try await $0.addAction(action, session: session) }
    }

    public func actions(session: String) async throws -> [AgreedAction] {
        try await withConnection { try await $0.actions(session: session) }
    }

    public func aggregate(session: String, round: Int, keepingTexts: Bool) async throws -> Aggregate {
        try await withConnection { try await $0.aggregate(session: session, round: round, keepingTexts: keepingTexts) }
    }

    public func expireServedDrafts(session: String, afterChecks: Int) async throws -> Int {
        try await withConnection { try await $0.expireServedDrafts(session: session, afterChecks: afterChecks) }
    }

    public func serveSecrets(session: String, rotate: Bool, joinCode: String, facilitatorSecret: String) async throws
        -> ServeSecrets
    {
        try await withConnection {
            try await $0.serveSecrets(session: session, rotate: rotate, joinCode: joinCode, facilitatorSecret: facilitatorSecret)
        }
    }

    public func replaceFacilitatorSecret(session: String, with secret: String, joinCodeIfNew joinCode: String) async throws
        -> ServeSecrets
    {
        try await withConnection { try await $0.replaceFacilitatorSecret(session: session, with: secret, joinCodeIfNew: joinCode) }
    }
}

extension PostgresServeStore {
    /// The connections: a request takes an idle one or waits in line for the next one given back.
    actor Pool {
        private var idle: [PostgresAnswerStore]
        private var waiting: [CheckedContinuation<PostgresAnswerStore, Never>] = []
        private let reconnect: @Sendable () async throws -> PostgresAnswerStore

        init(stores: [PostgresAnswerStore], reconnect: @escaping @Sendable () async throws -> PostgresAnswerStore) {
            idle = stores
            self.reconnect = reconnect
        }

        /// An idle connection (a closed one replaced first), or the next one given back.
        func take() async throws -> PostgresAnswerStore {
            let store: PostgresAnswerStore
            if let next = idle.popLast() {
                store = next
            } else {
                store = await withCheckedContinuation { waiting.append($0) }
            }
            guard store.isClosed else { return store }
            do {
                return try await reconnect()
            } catch {
                give(store)  // its place stays in the pool; the next taker tries again
                throw error
            }
        }

        /// Gives a connection back: to the first request waiting, else to the idle ones.
        func give(_ store: PostgresAnswerStore) {
            if waiting.isEmpty {
                idle.append(store)
            } else {
                waiting.removeFirst().resume(returning: store)
            }
        }

        func close() async {
            for store in idle { await store.close() }
            idle.removeAll()
        }
    }
}
