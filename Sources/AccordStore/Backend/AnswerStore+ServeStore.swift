import AccordCore
import Dispatch

/// SQLite's `ServeStore`: the participant operations are `Suspending`'s own transactions (run
/// on the database's threads); the facilitator's are the synchronous `AnswerStore` calls, run
/// on a dispatch thread while the caller is suspended, so a server's event loops never wait
/// on SQLite. No behaviour differs from the synchronous calls.
extension AnswerStore.Suspending: ServeStore {
    public func openRound(session: String) async throws -> Int {
        try await offPool { [store] in try store.openRound(session: session) }
    }

    public func closeRound(session: String) async throws -> Int {
        try await offPool { [store] in try store.closeRound(session: session) }
    }

    public func facilitationState(session: String) async throws -> FacilitationState {
        try await offPool { [store] in try store.facilitationState(session: session) }
    }

    public func setFacilitationState(_ state: FacilitationState, session: String) async throws {
        try await offPool { [store] in try store.setFacilitationState(state, session: session) }
    }

    public func cellCounts(session: String, round: Int) async throws -> [GroupKey: Int] {
        try await offPool { [store] in try store.cellCounts(session: session, round: round) }
    }

    public func addAction(_ action: AgreedAction, session: String) async throws -> AgreedAction {
        try await offPool { [store] in try store.addAction(action, session: session) }
    }

    public func actions(session: String) async throws -> [AgreedAction] {
        try await offPool { [store] in try store.actions(session: session) }
    }

    public func aggregate(session: String, round: Int, keepingTexts: Bool) async throws -> Aggregate {
        try await offPool { [store] in try store.aggregate(session: session, round: round, keepingTexts: keepingTexts) }
    }

    public func expireServedDrafts(session: String, afterChecks: Int) async throws -> Int {
        try await offPool { [store] in try store.expireServedDrafts(session: session, afterChecks: afterChecks) }
    }

    public func serveSecrets(session: String, rotate: Bool, joinCode: String, facilitatorSecret: String) async throws
        -> ServeSecrets
    {
        try await offPool { [store] in
            try store.serveSecrets(session: session, rotate: rotate, joinCode: joinCode, facilitatorSecret: facilitatorSecret)
        }
    }

    public func replaceFacilitatorSecret(session: String, with secret: String, joinCodeIfNew joinCode: String) async throws
        -> ServeSecrets
    {
        try await offPool { [store] in try store.replaceFacilitatorSecret(session: session, with: secret, joinCodeIfNew: joinCode) }
    }

    /// Runs a synchronous store call on a dispatch thread, suspending the caller meanwhile.
    private func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
        }
    }
}
