import AccordCore
import AccordStore
import PostgresNIO

extension PostgresAnswerStore: SessionStore {
    /// The database's URL, without its password.
    public var locationDescription: String { location.description }

    /// Every session, by id (in byte order, as SQLite sorts them, whatever the database's collation).
    public func sessions() async throws -> [AccordStore.SessionSummary] {
        let rows = try await query(
            """
            SELECT s.id, s.workshop_id, s.workshop_version, s.workshop_sha256, s.partner_a, s.partner_b, r.number, r.is_open
            FROM session s JOIN round r ON r.session_id = s.id
            WHERE r.number = (SELECT max(number) FROM round WHERE session_id = s.id)
            ORDER BY s.id COLLATE "C"
            """)
        var sessions: [AccordStore.SessionSummary] = []
        try await decoding {
            for try await row in rows.decode((String, String, String, String, String, String, Int, Bool).self) {
                sessions.append(
                    AccordStore.SessionSummary(
                        id: row.0, workshopID: row.1, workshopVersion: row.2, workshopSHA256: row.3,
                        partners: [row.4, row.5], currentRound: row.6, currentRoundIsOpen: row.7))
            }
        }
        return sessions
    }

    /// Calls `body` with every submission of a round, read through a server-side cursor a batch
    /// at a time in one read-only transaction (one snapshot).
    public func forEachStoredSubmission(session: String, round: Int, _ body: (StoredSubmission) throws -> Void) async throws {
        try await forEachBatch(session: session, round: round) { rows in
            var count = 0
            for try await (partner, level, answers, predictions) in rows.decode((String, String, String, String).self) {
                try body(StoredSubmission(partner: partner, level: level, answers: answers, predictions: predictions))
                count += 1
            }
            return count
        }
    }

    /// Runs `body` on each batch of `SELECT partner, level, answers, predictions` of a round,
    /// fetched from a server-side cursor in one read-only transaction; `body` returns how many
    /// rows it read (a short batch is the last). Memory holds one batch.
    func forEachBatch(
        session: String, round: Int, _ body: (PostgresRowSequence) async throws -> Int
    ) async throws {
        let batchSize = AnswerStore.aggregationBatchSize
        try await transaction {
            try await execute("SET TRANSACTION READ ONLY")
            try await execute(
                """
                DECLARE accord_rows NO SCROLL CURSOR FOR
                SELECT partner, level, answers, predictions FROM submission WHERE session_id = \(session) AND round = \(round)
                """)
            var count = 0
            repeat {
                let rows = try await query(PostgresQuery(unsafeSQL: "FETCH \(batchSize) FROM accord_rows"))
                count = try await decoding { try await body(rows) }
            } while count == batchSize
        }
    }

    /// Runs `body`, which reads rows; a failure other than a `StoreError` becomes `PostgresStoreError.server`.
    func decoding<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as StoreError {
            throw error
        } catch let error as PostgresStoreError {
            throw error
        } catch {
            throw PostgresStoreError.server(location.description, reason: Self.describe(error))
        }
    }
}
