import AccordCore
import AccordStore

/// A `SessionStore` seen through the synchronous `ReportSource` the report builder
/// (`SessionReport`) reads, for `accord report` on either backend: each call waits for the
/// store. For a command's main thread only (never on the concurrency pool).
struct StoreReportSource: ReportSource {
    let store: any SessionStore

    func session(_ id: String) throws -> StoredSession {
        try AsyncBridge.value { [store] in try await store.session(id) }
    }

    func aggregate(session: String, round: Int, keepingTexts: Bool) throws -> Aggregate {
        try AsyncBridge.value { [store] in try await store.aggregate(session: session, round: round, keepingTexts: keepingTexts) }
    }

    func actions(session: String) throws -> [AgreedAction] {
        try AsyncBridge.value { [store] in try await store.actions(session: session) }
    }
}
