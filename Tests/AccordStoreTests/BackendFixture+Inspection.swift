import AccordCore
import Foundation
import GRDB
import PostgresNIO
import Testing

@testable import AccordPostgres
@testable import AccordStore

/// What a database administrator sees when looking at the store's tables directly, on either
/// backend: for the storage anonymity tests.
extension BackendFixture {
    /// A raw connection's answer to `sql` (each column as text, or nil), outside the store.
    func raw(_ sql: String) async throws -> [[String?]] {
        switch backend {
        case .sqlite:
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            let queue = try DatabaseQueue(
                path: folder.appendingPathComponent("accord.sqlite").path, configuration: configuration)
            return try await queue.write { db in  // a write, so that refused writes are refused by the store's rules
                try Row.fetchAll(db, sql: sql).map { row in
                    (0..<row.count).map { String.fromDatabaseValue(row[$0] as DatabaseValue) }
                }
            }
        case .postgres:
            return try await Self.rows(sql, database: database)
        }
    }

    /// Every column of the store's tables as (table, column, type), lowercase.
    func columns() async throws -> [(table: String, column: String, type: String)] {
        switch backend {
        case .sqlite:
            let tables = try await raw("SELECT name FROM sqlite_master WHERE type = 'table'").compactMap { $0[0] }
            var result: [(String, String, String)] = []
            for table in tables {
                for row in try await raw("SELECT name, type FROM pragma_table_info('\(table)')") {
                    result.append((table.lowercased(), (row[0] ?? "").lowercased(), (row[1] ?? "").lowercased()))
                }
            }
            return result
        case .postgres:
            return try await raw(
                "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public'"
            ).map { (($0[0] ?? "").lowercased(), ($0[1] ?? "").lowercased(), ($0[2] ?? "").lowercased()) }
        }
    }

    /// Counters that would number insertions: sequences, identity and serial columns, SQLite's
    /// AUTOINCREMENT table, and rowids on any of the store's tables.
    func counters() async throws -> [String] {
        switch backend {
        case .sqlite:
            var found = try await raw("SELECT name FROM sqlite_master WHERE name = 'sqlite_sequence'").compactMap { $0[0] }
            // Every table but GRDB's record of the migrations run.
            for table in try await tables() where table != "grdb_migrations" {
                if (try? await raw("SELECT rowid FROM \"\(table)\"")) != nil { found.append("\(table).rowid") }
            }
            return found
        case .postgres:
            let sequences = try await raw("SELECT sequencename FROM pg_sequences").compactMap { $0[0] }
            let identities = try await raw(
                """
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_schema = 'public' AND (is_identity = 'YES' OR column_default LIKE 'nextval%')
                """
            ).compactMap { $0[0] }
            return sequences + identities
        }
    }

    /// The submissions of session `s` in the order they lie in storage (SQLite: the table's
    /// order, which is key order; PostgreSQL: `ctid`), as (key in hex, stored answers), and how
    /// many inserting transactions they carry (PostgreSQL's `xmin`; 0 on SQLite, which keeps none).
    func storageOrder() async throws -> (rows: [(key: String, answers: String)], transactions: Int) {
        switch backend {
        case .sqlite:
            let rows = try await raw("SELECT hex(id), answers FROM submission WHERE sessionID = 's'")
            return (rows.map { (($0[0] ?? "").lowercased(), $0[1] ?? "") }, 0)
        case .postgres:
            let rows = try await raw(
                "SELECT encode(id, 'hex'), answers, xmin::text FROM submission WHERE session_id = 's' ORDER BY ctid")
            return (rows.map { ($0[0] ?? "", $0[1] ?? "") }, Set(rows.map { $0[2] ?? "" }).count)
        }
    }
}
