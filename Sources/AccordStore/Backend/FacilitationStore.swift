import AccordCore

/// What `accord serve` asks of a store for the facilitator and the presenter: rounds, where the
/// live workshop is, counts, agreed actions, the counts a report is made of, abandoned drafts
/// and the session's serve secrets. Implemented by SQLite (`AnswerStore.Suspending`) and
/// PostgreSQL (`PostgresServeStore`); several servers over one PostgreSQL database share all
/// of it, so any of them answers any request.
///
/// Every call is async and never blocks the caller's thread.
public protocol FacilitationStore: Sendable {
    /// The session with `id`.
    func session(_ id: String) async throws -> StoredSession

    /// Opens the next round (`StoreError.roundAlreadyOpen` when one is open); returns its number.
    func openRound(session: String) async throws -> Int

    /// Closes the open round (`StoreError.noOpenRound` when none is), then erases the order its
    /// submissions came in; returns its number.
    func closeRound(session: String) async throws -> Int

    /// Where the session's live workshop is (a workshop not started when nothing is stored).
    func facilitationState(session: String) async throws -> FacilitationState

    /// Stores `state` as where the session's live workshop is.
    func setFacilitationState(_ state: FacilitationState, session: String) async throws

    /// Submissions per partner × level cell of a round; empty cells absent. Whoever shows them
    /// applies the anonymity thresholds first.
    func cellCounts(session: String, round: Int) async throws -> [GroupKey: Int]

    /// Stores an action agreed on a closed round, numbered after the earlier ones.
    func addAction(_ action: AgreedAction, session: String) async throws -> AgreedAction

    /// The actions agreed in the session, in the order agreed.
    func actions(session: String) async throws -> [AgreedAction]

    /// A round's submissions counted in one streaming pass (`ReportSource.aggregate`).
    func aggregate(session: String, round: Int, keepingTexts: Bool) async throws -> Aggregate

    /// One expiry check: deletes the session's browser drafts unused through `afterChecks`
    /// checks and counts one more check on the others. Returns how many were deleted.
    func expireServedDrafts(session: String, afterChecks: Int) async throws -> Int

    /// The session's serve secrets: the stored ones, or (none stored, or `rotate`) new ones
    /// made of `joinCode` and `facilitatorSecret` (kept only as its SHA-256) and a random form
    /// key. Concurrent first calls agree on one set.
    func serveSecrets(session: String, rotate: Bool, joinCode: String, facilitatorSecret: String) async throws
        -> ServeSecrets

    /// Replaces only the facilitator's secret (made first, with `joinCode`, when none are stored).
    func replaceFacilitatorSecret(session: String, with secret: String, joinCodeIfNew joinCode: String) async throws
        -> ServeSecrets
}

/// Everything `accord serve` needs of a store.
public typealias ServeStore = FacilitationStore & ParticipantStore
