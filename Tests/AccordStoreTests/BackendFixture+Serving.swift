import AccordCore
import Foundation
import GRDB
import PostgresNIO
import Testing

@testable import AccordPostgres
@testable import AccordStore

/// What a participant and a facilitator do through `accord serve` and `accord run`, on either
/// backend: drafts, live submissions, actions, serve secrets (`ServeStore`), which
/// `SessionStore` leaves out.
extension BackendFixture {
    /// `accord serve`'s store on the fixture's data. SQLite: the fixture's own store's
    /// `suspending` (immediate upkeep, as the commands and the runner pay it), or with
    /// `another`, a second `AnswerStore` on the file, as another process opens it. PostgreSQL:
    /// a new `PostgresServeStore` of two connections, as one more server instance. Close it
    /// with `close(_:)`.
    func server(another: Bool = false) async throws -> any ServeStore {
        switch backend {
        case .sqlite:
            let own = try #require(store as? AnswerStore)
            guard another else { return own.suspending }
            let workshop = workshop
            return try AnswerStore(path: own.path, busyTimeout: 10, snapshotLoader: { _, _ in workshop }).suspending
        case .postgres:
            let workshop = workshop
            return try await PostgresServeStore.connect(
                try Self.location(database: database), connections: 2, snapshotLoader: { _, _ in workshop })
        }
    }

    /// Lets go of a store `server` made (PostgreSQL: closes its connections).
    static func close(_ server: any ServeStore) async {
        if let server = server as? PostgresServeStore { await server.close() }
    }

    /// Stores `submission` in its own transaction, as a live participant's (SQLite also pays
    /// the file rebuild it owes), not as an import.
    func submitLive(_ submission: Submission, session: String = "s") async throws {
        switch backend {
        case .sqlite: try #require(store as? AnswerStore).submit(submission, session: session)
        case .postgres: try await #require(store as? PostgresAnswerStore).submit(submission, session: session)
        }
    }

    /// How many drafts (browser and terminal) `session` holds.
    func draftCount(session: String = "s") async throws -> Int {
        switch backend {
        case .sqlite: return try #require(store as? AnswerStore).draftCount(session: session)
        case .postgres: return try await #require(store as? PostgresAnswerStore).draftCount(session: session)
        }
    }

    /// A draft started on `server` for `partner` at `level`, given `answers` and saved.
    func savedDraft(
        on server: any ServeStore, partner: String = "Acme", level: Level = .management, answers: [String: Answer]
    ) async throws -> Draft {
        var draft = try await server.startDraft(session: "s", partner: partner, level: level)
        draft.answers = answers
        try await server.saveDraft(draft)
        return draft
    }

    /// Saves `draft` in a write transaction of the store `server` writes through (SQLite: the
    /// fixture's store's writer; PostgreSQL: one of `server`'s connections) and, before that
    /// transaction commits, runs `read` elsewhere. Returns what `read` returned, or `nil` when
    /// it had not returned within a minute (it waited for the write).
    func read(
        whileSaving draft: Draft, on server: any ServeStore, _ read: @escaping @Sendable () async throws -> Answer?
    ) async throws -> Answer?? {
        switch backend {
        case .sqlite:
            let own = try #require(store as? AnswerStore)
            // The synchronous write: its transaction stays open on this thread meanwhile.
            @Sendable func saving() throws -> Answer?? { try own.write { db in
                try AnswerStore.saveDraft(draft, in: db)  // written, not committed yet
                let seen = LockedBox<Answer??>(nil)
                let done = DispatchSemaphore(value: 0)
                Task.detached {
                    let answer = try? await read()
                    seen.mutate { $0 = .some(answer) }
                    done.signal()
                }
                return done.wait(timeout: .now() + 60) == .success ? seen.value : nil
            } }
            return try await Self.offPool { try saving() }
        case .postgres:
            return try await #require(server as? PostgresServeStore).withConnection { connection in
                try await connection.transaction {
                    try await connection.saveDraft(draft)  // written, not committed yet
                    let (outcomes, outcome) = AsyncStream<Answer??>.makeStream()
                    let reading = Task { outcome.yield(.some(try? await read())) }
                    let timer = Task {
                        guard (try? await Task.sleep(for: .seconds(60))) != nil else { return }
                        outcome.yield(nil)
                    }
                    for await first in outcomes {
                        timer.cancel()
                        _ = reading
                        return first
                    }
                    return nil
                }
            }
        }
    }

    /// Runs `body`, which waits on an async store through `AsyncBridge` (as the terminal's
    /// runner and console do) or on SQLite, on a thread outside the concurrency pool.
    static func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try body() }) }
        }
    }

    /// Runs `work` while another connection holds a read transaction open on the store (a
    /// long report elsewhere): SQLite's keeps the log from being truncated, PostgreSQL's keeps
    /// old row versions from being vacuumed.
    func whileAReaderIsOpen(_ work: @escaping @Sendable () async throws -> Void) async throws {
        switch backend {
        case .sqlite:
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            let queue = try DatabaseQueue(
                path: folder.appendingPathComponent("accord.sqlite").path, configuration: configuration)
            try await Self.offPool {
                try queue.read { db in
                    _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM submission")
                    try AsyncBridge.run(work)
                }
            }
        case .postgres:
            let connection = try await Self.connection(database: database)
            let logger = Logger(label: "test")
            do {
                try await connection.query("BEGIN ISOLATION LEVEL REPEATABLE READ", logger: logger)
                for try await _ in try await connection.query("SELECT count(*) FROM submission", logger: logger) {}
                try await work()
                try await connection.query("COMMIT", logger: logger)
            } catch {
                try? await connection.close()
                throw error
            }
            try await connection.close()
        }
    }
}
