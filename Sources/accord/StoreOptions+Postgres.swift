import AccordCore
import AccordPostgres
import AccordStore
import Foundation

extension StoreOptions {
    /// The PostgreSQL database `--db`/`ACCORD_DB` names, or `nil` for a SQLite file.
    func postgresLocation() throws -> PostgresLocation? {
        PostgresLocation.isPostgres(databasePath) ? try PostgresLocation(databasePath) : nil
    }

    /// Connects to the PostgreSQL database, runs `body` with it and closes it. Warnings about
    /// the server's settings go to stderr. Only commands that create data pass `createSchema`.
    func withPostgres<T: Sendable>(
        _ location: PostgresLocation, createSchema: Bool,
        _ body: @escaping @Sendable (PostgresAnswerStore) async throws -> T
    ) throws -> T {
        try AsyncBridge.value {
            let store = try await PostgresAnswerStore.connect(location, createSchema: createSchema)
            for warning in store.warnings { StandardError.print("Warning: \(location.description): \(warning)") }
            do {
                let value = try await body(store)
                await store.close()
                return value
            } catch {
                await store.close()
                throw error
            }
        }
    }

    /// The store a report reads: the SQLite file, or the PostgreSQL database (read only).
    func openReportSource() throws -> any ReportSource {
        guard let location = try postgresLocation() else { return try openStore(.readOnly) }
        return try AsyncBridge.value {
            let store = try await PostgresAnswerStore.connect(location, createSchema: false)
            for warning in store.warnings { StandardError.print("Warning: \(location.description): \(warning)") }
            return PostgresReportSource(store: store)
        }
    }

    /// The command as typed (`session list`, `serve`), for "does not run on PostgreSQL" messages.
    static var commandName: String {
        CommandLine.arguments.dropFirst().prefix(while: { !$0.hasPrefix("-") }).joined(separator: " ")
    }
}

/// A PostgreSQL store seen through the synchronous `ReportSource` the report builder reads:
/// each call waits for the server. For commands only (never on the concurrency pool).
final class PostgresReportSource: ReportSource {
    let store: PostgresAnswerStore

    init(store: PostgresAnswerStore) { self.store = store }

    func session(_ id: String) throws -> StoredSession {
        let store = store
        return try AsyncBridge.value { try await store.session(id) }
    }

    func aggregate(session: String, round: Int, keepingTexts: Bool) throws -> Aggregate {
        let store = store
        return try AsyncBridge.value { try await store.aggregate(session: session, round: round, keepingTexts: keepingTexts) }
    }

    func actions(session: String) throws -> [AgreedAction] {
        let store = store
        return try AsyncBridge.value { try await store.actions(session: session) }
    }

    deinit {
        let store = store
        try? AsyncBridge.run { await store.close() }
    }
}
