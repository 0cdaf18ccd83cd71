import AccordCore
@testable import AccordPostgres
import Foundation
import PostgresNIO
import Testing

/// The PostgreSQL server the tests use: `ACCORD_TEST_POSTGRES` (CI's `.ci/run` starts one with
/// `scripts/postgres-test-server.sh`). Without it the suites that need a server are skipped.
enum TestServer {
    static let url = ProcessInfo.processInfo.environment["ACCORD_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    static let unset: Comment =
        "ACCORD_TEST_POSTGRES is unset: start a server with scripts/postgres-test-server.sh and export its URL (CI does)"

    /// A small workshop: one scale question with a prediction, a choice and a comment.
    static let workshopJSON = Data(
        """
        {"formatVersion": 1, "id": "pg-test", "version": "1.0.0", "title": "PostgreSQL test", "language": "en",
         "anonymity": {"minGroupSize": 3, "minGroupSizeForText": 5},
         "scales": [{"id": "agree5", "points": [{"value": 1, "label": "No"}, {"value": 2, "label": "Rather no"},
           {"value": 3, "label": "Neither"}, {"value": 4, "label": "Rather yes"}, {"value": 5, "label": "Yes"}]}],
         "sections": [{"id": "main", "title": "Main", "questions": [
           {"id": "vision", "type": "scale", "scale": "agree5", "prompt": "We share one vision.", "predict": true},
           {"id": "goal", "type": "choice", "prompt": "Top goal?",
            "options": [{"id": "markets", "label": "New markets"}, {"id": "cost", "label": "Lower cost"}]},
           {"id": "comment", "type": "text", "prompt": "Anything else?", "required": false}]}]}
        """.utf8)

    static func location(database: String? = nil) throws -> PostgresLocation {
        var location = try PostgresLocation(try #require(url))
        if let database { location.database = database }
        return location
    }

    static func store(database: String? = nil) async throws -> PostgresAnswerStore {
        try await PostgresAnswerStore.connect(try location(database: database), createSchema: true)
    }

    /// A new, empty database on the test server, for tests that look at where rows lie (other
    /// tests' rows and their freed space would share the table otherwise) or change settings.
    static func createDatabase(settings: [String] = []) async throws -> String {
        let name = "accord_test_\(UInt32.random(in: 0...UInt32.max))"
        let admin = try await connection()
        try await admin.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: Logger(label: "test"))
        for setting in settings {
            try await admin.query(PostgresQuery(unsafeSQL: "ALTER DATABASE \(name) SET \(setting)"), logger: Logger(label: "test"))
        }
        try await admin.close()
        return name
    }

    static func dropDatabase(_ name: String) async throws {
        let admin = try await connection()
        try await admin.query(PostgresQuery(unsafeSQL: "DROP DATABASE \(name) WITH (FORCE)"), logger: Logger(label: "test"))
        try await admin.close()
    }

    /// A new session under a random id (the test database outlives a run).
    static func newSession(_ store: PostgresAnswerStore) async throws -> String {
        let workshop = try WorkshopLoader().load(workshopJSON, file: "pg-test.json")
        let id = "pg-" + UUID().uuidString.lowercased()
        return try await store.createSession(
            id: id, snapshot: workshopJSON, workshop: workshop, partners: ["Acme", "Globex"]
        ).id
    }

    /// A plain connection, for what Accord itself never does.
    static func connection(database: String? = nil) async throws -> PostgresConnection {
        try await PostgresConnection.connect(
            configuration: try location(database: database).configuration(), id: 99, logger: Logger(label: "test"))
    }

    /// An import line; `index` varies the answers.
    static func line(_ index: Int, partner: String = "Acme") -> String {
        #"{"partner": "\#(partner)", "level": "\#(index % 2 == 0 ? "management" : "execution")", "answers": {"vision": \#(1 + index % 5), "goal": "cost", "comment": "tab\there, back\\slash, new\nline \#(index)"}, "predictions": {"vision": 3}}"#
    }

    /// Writes `lines` to a temporary file and returns its path.
    static func file(_ lines: [String]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pg-\(UUID().uuidString).jsonl").path
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
