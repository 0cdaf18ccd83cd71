import AccordCore
import AccordStore
import PostgresNIO

extension PostgresAnswerStore {
    /// Counts a round's submissions in one streaming pass, as `AnswerStore.aggregate` does and
    /// through the same `RoundCounting`: rows are fetched from a server-side cursor a batch at a
    /// time (`forEachBatch`) and counted on every core, so memory holds one batch whatever the
    /// round's size.
    public func aggregate(session: String, round: Int, keepingTexts: Bool = true) async throws -> Aggregate {
        let stored = try await self.session(session)
        let counting = RoundCounting(session: stored, round: round, keepingTexts: keepingTexts)
        var batch = StoredRowBatch()
        try await forEachBatch(session: session, round: round) { rows in
            batch.removeAll()
            for try await row in rows {
                let (partner, level, answers, predictions) = try row.decode((String, String, ByteBuffer, ByteBuffer).self)
                try answers.withUnsafeReadableBytes { answers in
                    try predictions.withUnsafeReadableBytes { predictions in
                        try batch.append(partner: partner, level: level, answers: answers, predictions: predictions)
                    }
                }
            }
            try counting.count(batch)
            return batch.count
        }
        return counting.finish()
    }
}
