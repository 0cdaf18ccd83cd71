import AccordCore
import AccordPostgres
import AccordStore
import Foundation

extension StoreOptions {
    /// The store `--db`/`ACCORD_DB` names, opened for `access`: a PostgreSQL database for a
    /// `postgres://` URL, else the SQLite file. The one place a command's backend is chosen;
    /// every command that runs on both talks to the `SessionStore` it returns. Only commands
    /// that create data pass `.create` (a SQLite file is created, a PostgreSQL schema brought
    /// up to date); others leave the database as they find it. Warnings (a file other accounts
    /// may read, server settings) go to stderr. Close it with `close()` when done.
    func openSessionStore(_ access: AnswerStore.Access) throws -> any SessionStore {
        guard PostgresLocation.isPostgres(databasePath) else { return try openSQLite(access) }
        let location = try PostgresLocation(databasePath)
        return try AsyncBridge.value {
            let store = try await PostgresAnswerStore.connect(location, createSchema: access == .create)
            for warning in store.warnings { StandardError.print("Warning: \(location.description): \(warning)") }
            return store
        }
    }

    /// The PostgreSQL database `--db`/`ACCORD_DB` names, or `nil` for a SQLite file (for
    /// `accord serve`, which opens a pool of connections, `PostgresServeStore`).
    func postgresLocation() throws -> PostgresLocation? {
        PostgresLocation.isPostgres(databasePath) ? try PostgresLocation(databasePath) : nil
    }

    /// Opens the store a live session is driven through (`accord run`, `accord facilitate`),
    /// runs `body` with it on this thread and closes it: the SQLite file (`AnswerStore.suspending`,
    /// upkeep paid before each write returns) or one PostgreSQL connection
    /// (`PostgresServeStore`). The same choice as `openSessionStore`, for the `ServeStore`
    /// operations; `body` reaches them through `ParticipantRecorder` or `StoreFacilitationSession`.
    /// Without `warnings`, nothing is said about the database (a command that opened it just
    /// before has said it).
    func withServeStore<T>(warnings: Bool = true, _ body: (any ServeStore) throws -> T) throws -> T {
        guard let location = try postgresLocation() else {
            return try body(try openSQLite(.readWrite, warnings: warnings).suspending)
        }
        let store = try AsyncBridge.value { try await PostgresServeStore.connect(location, connections: 1) }
        defer { try? AsyncBridge.run { await store.close() } }
        for warning in store.warnings where warnings {
            StandardError.print("Warning: \(location.description): \(warning)")
        }
        return try body(store)
    }

    /// A new demo session of `workshop` (loaded from `snapshot`) for `DemoParticipants.partners`,
    /// created through `withStore(.create)`; then `body` drives it through `withServeStore`
    /// (which does not repeat the warnings the first opening gave) with the session's id.
    func withNewDemoSession<T>(
        snapshot: Data, workshop: Workshop, _ body: (any ServeStore, String) throws -> T
    ) throws -> T {
        let created = try withStore(.create) { store in
            try await store.createSession(id: nil, snapshot: snapshot, workshop: workshop, partners: DemoParticipants.partners)
        }
        return try withServeStore(warnings: false) { try body($0, created.id) }
    }

    /// Opens the store (`openSessionStore`), runs `body` with it and closes it.
    func withStore<T: Sendable>(
        _ access: AnswerStore.Access, _ body: @escaping @Sendable (any SessionStore) async throws -> T
    ) throws -> T {
        let store = try openSessionStore(access)
        defer { store.closeNow() }
        return try AsyncBridge.value { try await body(store) }
    }

    /// `--db` as a screen shows it (a resume hint, where a demo was kept): a PostgreSQL
    /// password replaced by `***` (a participant's or the room's screen shows it; `PGPASSWORD`
    /// supplies it), shell-quoted; `nil` without `--db`.
    var shownDB: String? {
        guard let db else { return nil }
        let shown = PostgresLocation.isPostgres(db) ? PostgresLocation.redacted(db) : db
        return shown.allSatisfy({ $0.isLetter || $0.isNumber || "/._-+=:@".contains($0) })
            ? shown : "'" + shown.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// ` --db …` for a command shown on screen (`shownDB`), empty without `--db`.
    var shownDBOption: String { shownDB.map { " --db \($0)" } ?? "" }
}

extension SessionStore {
    /// `close()`, waited for from a synchronous command.
    func closeNow() {
        try? AsyncBridge.run { await self.close() }
    }
}
