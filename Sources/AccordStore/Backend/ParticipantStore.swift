import AccordCore

/// What `accord serve` (and `accord run`, through `ParticipantRecorder`) asks of a store for a
/// participant: the session, and the participant's draft from start to submission. Implemented by SQLite
/// (`AnswerStore.Suspending`) and PostgreSQL (`PostgresServeStore`), with the same rules:
/// random resume codes, no time stored, a draft counted only once submitted.
///
/// Every call is async and never blocks the caller's thread. Errors are `StoreError` for what
/// the request got wrong (unknown draft, too many drafts, closed round), else the backend's own.
public protocol ParticipantStore: Sendable {
    /// The session with `id`, and the draft named by `draftCode` (case-insensitive) when there
    /// is one, read together.
    func session(_ id: String, draftCode: String?) async throws -> (session: StoredSession, draft: Draft?)

    /// The session with `id`.
    func session(_ id: String) async throws -> StoredSession

    /// Starts a browser draft in the session's open round under a fresh resume code, unless the
    /// round already holds `limit` browser drafts (`StoreError.tooManyDrafts`); the count and
    /// the insert are one transaction.
    func startServedDraft(session: String, partner: String, level: Level, limit: Int) async throws -> Draft

    /// Starts a terminal draft (`accord run`) in the session's open round under a fresh resume
    /// code: never expired and not counted against the browser drafts' cap.
    /// `StoreError.noOpenRound` or `.unknownPartner` when it cannot start.
    func startDraft(session: String, partner: String, level: Level) async throws -> Draft

    /// The draft with `code` (case-insensitive, dashes and spaces ignored), or `nil` when there
    /// is none (submitted, discarded, expired, mistyped).
    func loadDraft(code: String) async throws -> Draft?

    /// Replaces the draft's answers, predictions and language; it counts as used again for
    /// the expiry checks. `StoreError.unknownDraft` when it is gone.
    func saveDraft(_ draft: Draft) async throws

    /// Checks the draft and stores it as a submission, deleting the draft, in one transaction:
    /// exactly once, even when two servers submit the same draft at the same time (the second
    /// gets `StoreError.unknownDraft`).
    func submitDraft(_ draft: Draft) async throws

    /// Deletes the draft without submitting it (nothing happens when it is gone).
    func discardDraft(code: String) async throws
}
