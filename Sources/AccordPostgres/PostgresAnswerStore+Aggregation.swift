import AccordCore
import AccordStore
import PostgresNIO

extension PostgresAnswerStore {
    /// Counts a round's submissions in one streaming pass, as `AnswerStore.aggregate` does and
    /// through the same `RoundCounting`: rows are fetched from a server-side cursor a batch at a
    /// time and counted on every core, so memory holds one batch whatever the round's size.
    public func aggregate(session: String, round: Int, keepingTexts: Bool = true) async throws -> Aggregate {
        let stored = try await self.session(session)
        let counting = RoundCounting(session: stored, keepingTexts: keepingTexts)
        let batchSize = AnswerStore.aggregationBatchSize
        try await transaction {
            try await execute("SET TRANSACTION READ ONLY")
            try await execute(
                """
                DECLARE accord_rows NO SCROLL CURSOR FOR
                SELECT partner, level, answers, predictions FROM submission WHERE session_id = \(session) AND round = \(round)
                """)
            var batch = StoredRowBatch()
            repeat {
                batch.removeAll()
                let rows = try await query(PostgresQuery(unsafeSQL: "FETCH \(batchSize) FROM accord_rows"))
                do {
                    for try await row in rows {
                        let (partner, level, answers, predictions) = try row.decode(
                            (String, String, ByteBuffer, ByteBuffer).self)
                        try answers.withUnsafeReadableBytes { answers in
                            try predictions.withUnsafeReadableBytes { predictions in
                                try batch.append(partner: partner, level: level, answers: answers, predictions: predictions)
                            }
                        }
                    }
                } catch let error as StoreError {
                    throw error
                } catch {
                    throw PostgresStoreError.server(location.description, reason: Self.describe(error))
                }
                try counting.count(batch)
            } while batch.count == batchSize
        }
        return counting.finish()
    }
}
