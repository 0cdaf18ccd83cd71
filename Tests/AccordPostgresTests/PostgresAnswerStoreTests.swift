import AccordCore
import AccordPostgres
import AccordStore
import Foundation
import PostgresNIO
import Testing

@Suite(.enabled(if: TestServer.url != nil, TestServer.unset))
struct PostgresAnswerStoreTests {
    @Test func anImportIsStoredWholeOrNotAtAll() async throws {
        let store = try await TestServer.store()
        let session = try await TestServer.newSession(store)
        let good = try TestServer.file((0..<50).map { TestServer.line($0) })
        let summary = try await store.importSubmissions(session: session, path: good)
        #expect(summary.count == 50 && summary.countsByRound == [1: 50])

        let bad = try TestServer.file([TestServer.line(1), #"{"partner": "Nobody", "level": "management", "answers": {"vision": 3, "goal": "cost"}}"#, TestServer.line(2)])
        let error = await #expect(throws: StoreError.self) {
            try await store.importSubmissions(session: session, path: bad, name: "bad.jsonl")
        }
        guard case .importFailed(let file, let problems, _)? = error else {
            Issue.record("expected importFailed, got \(String(describing: error))")
            return
        }
        #expect(file == "bad.jsonl" && problems.map(\.line) == [2])
        let count = try await count(session, store)
        #expect(count == 50)
        await store.close()
    }

    @Test func closingARoundRewritesItsSubmissionsInKeyOrderInOneTransaction() async throws {
        let database = try await TestServer.createDatabase()
        let store = try await TestServer.store(database: database)
        let session = try await TestServer.newSession(store)
        // Two imports: two inserting transactions, rows placed in the order they came.
        try await store.importSubmissions(session: session, path: try TestServer.file((0..<40).map { TestServer.line($0) }))
        try await store.importSubmissions(session: session, path: try TestServer.file((40..<80).map { TestServer.line($0) }))
        let before = try await physicalOrder(session, database: database)
        #expect(Set(before.map(\.xmin)).count == 2, "each import is its own transaction")

        #expect(try await store.closeRound(session: session) == 1)
        let after = try await physicalOrder(session, database: database)
        #expect(after.count == 80)
        #expect(Set(after.map(\.xmin)).count == 1, "every row carries the closing transaction")
        #expect(after.map(\.id) == after.map(\.id).sorted(), "rows lie in key order")
        #expect(Set(after.map(\.id)) == Set(before.map(\.id)))
        await store.close()
        try await TestServer.dropDatabase(database)
    }

    @Test func submissionsAreAppendOnlyAndAClosedRoundTakesNoMore() async throws {
        let store = try await TestServer.store()
        let session = try await TestServer.newSession(store)
        try await store.importSubmissions(session: session, path: try TestServer.file([TestServer.line(0)]))
        let connection = try await TestServer.connection()
        await #expect(throws: PSQLError.self) {
            try await connection.query("DELETE FROM submission WHERE session_id = \(session)", logger: Logger(label: "test"))
        }
        await #expect(throws: PSQLError.self) {
            try await connection.query("UPDATE submission SET partner = 'Globex' WHERE session_id = \(session)", logger: Logger(label: "test"))
        }
        try await store.closeRound(session: session)
        let late = try TestServer.file([TestServer.line(1)])
        let error = await #expect(throws: StoreError.self) {
            try await store.importSubmissions(session: session, path: late)
        }
        guard case .importFailed(_, let problems, _)? = error else {
            Issue.record("expected importFailed, got \(String(describing: error))")
            return
        }
        #expect(problems.first?.message.contains("has no open round") == true)
        await #expect(throws: PSQLError.self) {
            try await connection.query("UPDATE round SET is_open = true WHERE session_id = \(session)", logger: Logger(label: "test"))
        }
        try await connection.close()
        await store.close()
    }

    @Test func aServerThatLogsStatementsWithTheirParametersIsRefused() async throws {
        let name = try await TestServer.createDatabase(settings: ["log_statement = 'all'"])
        let logger = Logger(label: "test")
        let location = try TestServer.location(database: name)
        let error = await #expect(throws: PostgresStoreError.self) {
            try await PostgresAnswerStore.connect(location, createSchema: true)
        }
        guard case .unsafeSettings(_, let problems)? = error else {
            Issue.record("expected unsafeSettings, got \(String(describing: error))")
            return
        }
        #expect(problems.count == 1 && problems[0].hasPrefix("log_statement = all"))
        // Nothing was created there.
        let tables = try await TestServer.connection(database: name)
        var count = 0
        for try await n in try await tables.query("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", logger: logger).decode(Int.self) { count = n }
        #expect(count == 0)
        try await tables.close()
        try await TestServer.dropDatabase(name)
    }

    private func count(_ session: String, _ store: PostgresAnswerStore) async throws -> Int {
        let connection = try await TestServer.connection()
        var count = 0
        for try await n in try await connection.query("SELECT count(*) FROM submission WHERE session_id = \(session)", logger: Logger(label: "test")).decode(Int.self) { count = n }
        try await connection.close()
        return count
    }

    /// The round's rows in physical (`ctid`) order, with the transaction that inserted each.
    private func physicalOrder(_ session: String, database: String) async throws -> [(id: String, xmin: String)] {
        let connection = try await TestServer.connection(database: database)
        var rows: [(id: String, xmin: String)] = []
        for try await (id, xmin) in try await connection.query(
            "SELECT encode(id, 'hex'), xmin::text FROM submission WHERE session_id = \(session) ORDER BY ctid",
            logger: Logger(label: "test")
        ).decode((String, String).self) { rows.append((id, xmin)) }
        try await connection.close()
        return rows
    }
}
