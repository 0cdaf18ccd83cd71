import AccordCore
import Foundation
import GRDB

extension AnswerStore {
    /// The store's participant operations for async callers (`accord serve`): the same
    /// transactions as the synchronous ones (each calls the same `…(in:)` function), run on the
    /// database's own threads while the caller is suspended, so that a server's few threads
    /// never block on SQLite. Upkeep owed by a write is paid off those threads too. They throw
    /// `StoreError`.
    public var suspending: Suspending { Suspending(store: self) }

    /// See `AnswerStore.suspending`.
    public struct Suspending: Sendable {
        let store: AnswerStore

        /// The session with `id`, and the draft named by `draftCode` when there is one, in
        /// one read.
        public func session(_ id: String, draftCode: String?) async throws -> (
            session: StoredSession, draft: Draft?
        ) {
            try await store.read { [store] db in
                let session = try store.session(id, in: db)
                let draft = try draftCode.flatMap { try store.draft(code: $0, in: db) }
                return (session, draft)
            }
        }

        /// The session with `id`.
        public func session(_ id: String) async throws -> StoredSession {
            try await store.read { [store] db in try store.session(id, in: db) }
        }

        /// `AnswerStore.startServedDraft`.
        public func startServedDraft(session: String, partner: String, level: Level, limit: Int) async throws
            -> Draft
        {
            try await store.write { [store] db in
                try store.startServedDraft(session: session, partner: partner, level: level, limit: limit, in: db)
            }
        }

        /// `AnswerStore.startDraft` (a terminal draft: never expired, not capped).
        public func startDraft(session: String, partner: String, level: Level) async throws -> Draft {
            try await store.write { [store] db in
                try store.startDraft(session: session, partner: partner, level: level, in: db)
            }
        }

        /// `AnswerStore.loadDraft`.
        public func loadDraft(code: String) async throws -> Draft? {
            try await store.read { [store] db in try store.draft(code: code, in: db) }
        }

        /// `AnswerStore.saveDraft`.
        public func saveDraft(_ draft: Draft) async throws {
            try await store.write { db in try AnswerStore.saveDraft(draft, in: db) }
        }

        /// `AnswerStore.submitDraft`; the rebuild it owes is paid as `owe` says.
        public func submitDraft(_ draft: Draft) async throws {
            try await store.write { [store] db in try store.submitDraft(draft, in: db) }
            await owe(.rebuild)
        }

        /// `AnswerStore.discardDraft`; the log truncation it owes is paid as `owe` says.
        public func discardDraft(code: String) async throws {
            try await store.write { db in try AnswerStore.discardDraft(code: code, in: db) }
            await owe(.checkpoint)
        }

        /// Records `debt` off the caller's thread. With `Upkeep.immediate` (the terminal runner
        /// and commands) it is paid before the caller resumes, as the synchronous calls pay it;
        /// a server's `.coalesced` upkeep is paid after the caller resumes.
        private func owe(_ debt: StoreUpkeep.Debt) async {
            guard store.upkeep.policy == .immediate else {
                DispatchQueue.global().async { [store] in store.owe(debt) }
                return
            }
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                DispatchQueue.global().async { [store] in
                    store.owe(debt)
                    continuation.resume()
                }
            }
        }
    }
}
