import AccordCore

/// The terminal runner's `AnswerRecorder` over either backend's `ParticipantStore`: each call
/// waits for the async store (`AsyncBridge`), so `accord run` keeps the same draft and
/// submission rules as `accord serve` on SQLite and on PostgreSQL. Drive it from the main
/// thread (the runner does), never from inside the concurrency pool.
public struct ParticipantRecorder: AnswerRecorder {
    /// The store the drafts and submissions go to.
    public let store: any ParticipantStore

    /// A recorder writing to `store`.
    public init(_ store: any ParticipantStore) {
        self.store = store
    }

    /// The session with `id` (`StoreError.unknownSession` when there is none).
    public func session(_ id: String) throws -> StoredSession {
        try AsyncBridge.value { [store] in try await store.session(id) }
    }

    public func startDraft(session: String, partner: String, level: Level) throws -> Draft {
        try AsyncBridge.value { [store] in try await store.startDraft(session: session, partner: partner, level: level) }
    }

    public func saveDraft(_ draft: Draft) throws {
        try AsyncBridge.run { [store] in try await store.saveDraft(draft) }
    }

    public func loadDraft(code: String) throws -> Draft? {
        try AsyncBridge.value { [store] in try await store.loadDraft(code: code) }
    }

    public func submitDraft(_ draft: Draft) throws {
        try AsyncBridge.run { [store] in try await store.submitDraft(draft) }
    }

    public func discardDraft(code: String) throws {
        try AsyncBridge.run { [store] in try await store.discardDraft(code: code) }
    }
}
