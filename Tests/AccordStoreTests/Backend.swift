import AccordCore
@testable import AccordPostgres
@testable import AccordStore
import Foundation
import PostgresNIO
import Testing

/// The store backends the store suite runs against: SQLite always, PostgreSQL when
/// `ACCORD_TEST_POSTGRES` names a server (`.ci/run` starts one with
/// `scripts/postgres-test-server.sh`). Tests written `@Test(arguments: Backend.all)` hold on
/// both, so that a rule cannot hold on one and not the other.
enum Backend: String, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }

    /// The test server's URL, if any.
    static let postgresURL = ProcessInfo.processInfo.environment["ACCORD_TEST_POSTGRES"].flatMap {
        $0.isEmpty ? nil : $0
    }

    /// Why the PostgreSQL runs are skipped.
    static let unset: Comment =
        "ACCORD_TEST_POSTGRES is unset: the store suite ran on SQLite only; start a server with scripts/postgres-test-server.sh and export its URL (CI does)"

    /// The backends to run on: PostgreSQL too whenever a test server is named.
    static let all: [Backend] = postgresURL == nil ? [.sqlite] : [.sqlite, .postgres]
}

/// Says so, as a skipped test, when the parameterised store suite runs on SQLite only.
@Suite struct BackendCoverageTests {
    @Test(.enabled(if: Backend.all.contains(.postgres), Backend.unset))
    func theStoreSuiteRunsOnPostgreSQLToo() {
        #expect(Backend.all == [.sqlite, .postgres])
    }
}

/// An empty store on one backend that reads every snapshot as `workshop`: a SQLite file in a
/// temporary folder, or a new database on the PostgreSQL test server (dropped by `remove`).
struct BackendFixture: Sendable {
    let backend: Backend
    let store: any SessionStore
    let workshop: Workshop
    let folder: URL
    /// The PostgreSQL database's name (PostgreSQL only).
    let database: String?

    init(_ backend: Backend, workshop: Workshop = StoreFixture.workshop()) async throws {
        self.backend = backend
        self.workshop = workshop
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-backend-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        switch backend {
        case .sqlite:
            database = nil
            store = try AnswerStore(
                path: folder.appendingPathComponent("accord.sqlite").path, busyTimeout: 10,
                snapshotLoader: { _, _ in workshop })
        case .postgres:
            let name = try await Self.createDatabase()
            database = name
            store = try await PostgresAnswerStore.connect(
                try Self.location(database: name), createSchema: true, snapshotLoader: { _, _ in workshop })
        }
    }

    /// A second store on the same data, as another process would open it.
    func another() async throws -> any SessionStore {
        let workshop = workshop
        switch backend {
        case .sqlite:
            return try AnswerStore(
                path: folder.appendingPathComponent("accord.sqlite").path, busyTimeout: 10,
                snapshotLoader: { _, _ in workshop })
        case .postgres:
            return try await PostgresAnswerStore.connect(
                try Self.location(database: database), createSchema: false, snapshotLoader: { _, _ in workshop })
        }
    }

    /// Makes a session for Acme and Globex.
    @discardableResult
    func session(_ id: String = "s") async throws -> StoredSession {
        try await store.createSession(
            id: id, snapshot: Data(#"{"id":"store-test"}"#.utf8), workshop: workshop, partners: ["Acme", "Globex"])
    }

    /// Writes `lines` to a file in the fixture's folder; returns its path.
    func file(_ lines: [String]) throws -> String {
        let path = folder.appendingPathComponent("import-\(UUID().uuidString).jsonl").path
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Imports `lines` into session `s`.
    @discardableResult
    func importLines(_ lines: [String], session: String = "s") async throws -> ImportSummary {
        try await store.importSubmissions(session: session, path: try file(lines), name: nil)
    }

    /// The round's submissions, counted.
    func submissionCount(session: String = "s", round: Int = 1) async throws -> Int {
        try await store.cellCounts(session: session, round: round).values.reduce(0, +)
    }

    /// Imports `submissions` into the open round of `session` (as import lines).
    func submit(_ submissions: [Submission], session: String = "s") async throws {
        try await store.importSubmissions(session: session, path: try file(submissions.map(Self.line)), name: nil)
    }

    /// `submission` as an import line.
    static func line(_ submission: Submission) -> String {
        var line = #"{"partner": \#(JSONValue.string(submission.partner).serialized), "level": "\#(submission.level.rawValue)", "#
        if let round = submission.round { line += #""round": \#(round), "# }
        return line + #""answers": \#(submission.answers.storedJSON), "predictions": \#(submission.predictions.storedJSON)}"#
    }

    /// Removes the folder; closes the store and drops the PostgreSQL database in the
    /// background (from a `defer`, which cannot wait).
    func remove() {
        try? FileManager.default.removeItem(at: folder)
        let (store, database) = (store, database)
        Task.detached {
            await store.close()
            if let database { try? await Self.admin("DROP DATABASE \(database) WITH (FORCE)") }
        }
    }

    /// An import line: a valid submission of `partner` at `level`.
    static func line(
        partner: String = "Acme", level: String = "management", vision: Int = 4, comment: String? = nil,
        round: Int? = nil
    ) -> String {
        let comment = comment.map { #", "comment": "\#($0)""# } ?? ""
        let round = round.map { #""round": \#($0), "# } ?? ""
        return
            #"{"partner": "\#(partner)", "level": "\#(level)", \#(round)"answers": {"vision": \#(vision), "goal": "cost"\#(comment)}, "predictions": {"vision": 3}}"#
    }

    // MARK: PostgreSQL test server

    static func location(database: String?) throws -> PostgresLocation {
        var location = try PostgresLocation(try #require(Backend.postgresURL))
        if let database { location.database = database }
        return location
    }

    /// A plain connection to `database` (default: the server's test database), for what Accord
    /// itself never does: looking at where rows lie, creating databases.
    static func connection(database: String? = nil) async throws -> PostgresConnection {
        try await PostgresConnection.connect(
            configuration: try location(database: database).configuration(), id: 99, logger: Logger(label: "test"))
    }

    /// Rows of `sql` on `database`, each column as text.
    static func rows(_ sql: String, database: String?) async throws -> [[String?]] {
        let connection = try await connection(database: database)
        defer { Task { try? await connection.close() } }
        var result: [[String?]] = []
        for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: Logger(label: "test")) {
            result.append(try row.map { try $0.decode(String?.self) })
        }
        return result
    }

    private static func admin(_ sql: String) async throws {
        let connection = try await connection()
        do {
            try await connection.query(PostgresQuery(unsafeSQL: sql), logger: Logger(label: "test"))
        } catch {
            try? await connection.close()
            throw error
        }
        try await connection.close()
    }

    private static func createDatabase() async throws -> String {
        let name = "accord_store_\(UInt32.random(in: 0...UInt32.max))"
        try await admin("CREATE DATABASE \(name)")
        return name
    }
}

/// Expects `body` to fail with `expected` (compared by message: `StoreError` is not `Equatable`).
func expectError(
    _ expected: StoreError, sourceLocation: SourceLocation = #_sourceLocation, _ body: () async throws -> Void
) async {
    do {
        try await body()
        Issue.record("expected: \(expected.localizedDescription)", sourceLocation: sourceLocation)
    } catch {
        #expect(error.localizedDescription == expected.localizedDescription, sourceLocation: sourceLocation)
    }
}
