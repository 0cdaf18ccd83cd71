import Foundation
import PostgresNIO

extension PostgresAnswerStore {
    /// Runs a statement and returns its rows (streamed as they are read); a server error
    /// becomes `PostgresStoreError.server`. Values are always bound, never spliced into the
    /// text, so that the statement text never holds an answer.
    func query(_ query: PostgresQuery) async throws -> PostgresRowSequence {
        do {
            return try await turn.run { try await connection.query(query, logger: logger) }
        } catch {
            throw PostgresStoreError.server(location.description, reason: Self.describe(error))
        }
    }

    /// Runs a statement, reading and discarding any rows.
    func execute(_ statement: PostgresQuery) async throws {
        let rows = try await query(statement)
        do {
            for try await _ in rows {}
        } catch {
            throw PostgresStoreError.server(location.description, reason: Self.describe(error))
        }
    }

    /// The first column of the first row, if any.
    func value<T: PostgresDecodable & Sendable>(_ statement: PostgresQuery, as type: T.Type) async throws -> T? {
        var result: T?
        do {
            for try await value in try await query(statement).decode(T.self) where result == nil { result = value }
        } catch let error as PostgresStoreError {
            throw error
        } catch {
            throw PostgresStoreError.server(location.description, reason: Self.describe(error))
        }
        return result
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    /// The connection is this task's from `BEGIN` to the end (`ConnectionTurn`).
    func transaction<T>(_ body: () async throws -> T) async throws -> T {
        try await turn.run {
            try await execute("BEGIN")
            do {
                let result = try await body()
                try await execute("COMMIT")
                return result
            } catch {
                try? await execute("ROLLBACK")
                throw error
            }
        }
    }

    /// Binds for a statement written with `unsafeSQL` (a table name spliced in), values still bound.
    static func binds(_ values: String...) throws -> PostgresBindings {
        var binds = PostgresBindings()
        for value in values { binds.append(value) }
        return binds
    }

    /// What went wrong, for a message: the server's own words when it sent any.
    static func describe(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] {
                let detail = error.serverInfo?[.detail].map { " (\($0))" } ?? ""
                return message + detail
            }
            if let underlying = error.underlying { return "\(underlying)" }
            return "\(error.code)"
        }
        return "\(error)"
    }
}

extension PostgresAnswerStore {
    /// Whether the connection is closed (the server went away): a pool replaces it.
    public var isClosed: Bool { connection.isClosed }
}
