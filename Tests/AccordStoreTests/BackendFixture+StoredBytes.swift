import Foundation

/// Everything the store keeps, as someone holding the database would read it: every row of
/// every table, and the bytes on disk. The tables are listed from the database itself, so a
/// table added later is searched too.
extension BackendFixture {
    /// The store's tables, by name, as the database lists them (SQLite's own excepted).
    func tables() async throws -> [String] {
        switch backend {
        case .sqlite:
            return try await raw(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            ).compactMap { $0[0] }
        case .postgres:
            return try await raw("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
                .compactMap { $0[0] }
        }
    }

    /// Every row of `table`, each value as text (blobs in hex), one row per line.
    func dump(_ table: String) async throws -> [String] {
        let columns = try await self.columns().filter { $0.table == table.lowercased() }.map(\.column)
        let values = columns.map { column in
            switch backend {
            case .sqlite: return "CASE typeof(\"\(column)\") WHEN 'blob' THEN hex(\"\(column)\") ELSE CAST(\"\(column)\" AS TEXT) END"
            case .postgres: return "\"\(column)\"::text"
            }
        }
        return try await raw("SELECT \(values.joined(separator: ", ")) FROM \"\(table)\"").map { row in
            row.map { $0 ?? "NULL" }.joined(separator: " | ")
        }
    }

    /// The tables whose rows hold `text`, among all of them.
    func tablesHolding(_ text: String) async throws -> [String] {
        var holding: [String] = []
        for table in try await tables() where try await dump(table).contains(where: { $0.contains(text) }) {
            holding.append(table)
        }
        return holding
    }

    /// The bytes the database keeps. SQLite: the file and its write-ahead log. PostgreSQL:
    /// every page of the store's tables, their TOAST tables and all their indexes, as the
    /// server holds them (read through `pageinspect` as a superuser, so pages not yet written
    /// to disk count too), each relation's pages in order: dead row versions and the bytes
    /// left in free space included, the write-ahead log not.
    func storedBytes() async throws -> Data {
        switch backend {
        case .sqlite:
            let path = folder.appendingPathComponent("accord.sqlite").path
            var data = try Data(contentsOf: URL(fileURLWithPath: path))
            if let wal = try? Data(contentsOf: URL(fileURLWithPath: path + "-wal")) { data.append(wal) }
            return data
        case .postgres:
            _ = try await raw("CREATE SCHEMA IF NOT EXISTS inspection")
            _ = try await raw("CREATE EXTENSION IF NOT EXISTS pageinspect SCHEMA inspection")
            let pages = try await raw(
                """
                WITH store AS (SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'),
                relation AS (
                    SELECT oid FROM store
                    UNION SELECT reltoastrelid FROM pg_class WHERE oid IN (SELECT oid FROM store) AND reltoastrelid <> 0
                ),
                every AS (SELECT oid FROM relation UNION SELECT indexrelid FROM pg_index WHERE indrelid IN (SELECT oid FROM relation))
                SELECT encode(inspection.get_raw_page(oid::regclass::text, block::int), 'hex')
                FROM every, generate_series(0, pg_relation_size(oid) / 8192 - 1) AS block
                ORDER BY oid, block
                """)
            var data = Data()
            for page in pages { data.append(try Self.bytes(hex: page[0] ?? "")) }
            return data
        }
    }

    /// `hex` decoded.
    private static func bytes(hex: String) throws -> Data {
        var data = Data(capacity: hex.utf8.count / 2)
        var high: UInt8?
        for character in hex.utf8 {
            let nibble: UInt8
            switch character {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = character - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = character - UInt8(ascii: "a") + 10
            default: throw CocoaError(.coderInvalidValue)
            }
            if let first = high {
                data.append(first << 4 | nibble)
                high = nil
            } else {
                high = nibble
            }
        }
        return data
    }
}
