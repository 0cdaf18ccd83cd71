import AccordCore
import AccordStore
import PostgresNIO

extension PostgresAnswerStore {
    /// Checks the draft and stores it as a submission to its round, deleting the draft, in one
    /// transaction, with `AnswerStore`'s checks (`AnswerStore.checked`).
    ///
    /// Exactly once across servers: the draft's row is deleted first and only a transaction
    /// that deleted it inserts; a second server submitting the same draft waits on the row
    /// lock, then finds it gone (`StoreError.unknownDraft`) and stores nothing. The round is
    /// locked `FOR SHARE`, so a round being closed (which rewrites its rows, `closeRound`) waits
    /// for the submission, or the submission sees the round closed.
    public func submitDraft(_ draft: Draft) async throws {
        let session = try await self.session(draft.sessionID)
        try await transaction {
            let rounds = try await rounds(of: draft.sessionID, locking: "FOR SHARE")
            let locked = StoredSession(
                id: session.id, workshop: session.workshop, workshopSHA256: session.workshopSHA256,
                partners: session.partners, rounds: rounds)
            let row = try AnswerStore.checked(draft.submission, in: locked)
            let deleted = try await count("DELETE FROM draft WHERE code = \(draft.code) RETURNING 1")
            if deleted == 0 { throw StoreError.unknownDraft(code: draft.code) }
            try await insert(row, session: draft.sessionID)
        }
    }

    /// Validates `submission` and stores it in one transaction (`AnswerStore.submit`).
    public func submit(_ submission: Submission, session: String) async throws {
        let stored = try await self.session(session)
        try await transaction {
            let rounds = try await rounds(of: session, locking: "FOR SHARE")
            let locked = StoredSession(
                id: stored.id, workshop: stored.workshop, workshopSHA256: stored.workshopSHA256,
                partners: stored.partners, rounds: rounds)
            try await insert(try AnswerStore.checked(submission, in: locked), session: session)
        }
    }

    /// The number of submissions of a round.
    public func submissionCount(session: String, round: Int) async throws -> Int {
        try await value(
            "SELECT count(*) FROM submission WHERE session_id = \(session) AND round = \(round)", as: Int.self) ?? 0
    }

    /// Submissions per partner × level cell of a round (`AnswerStore.cellCounts`): counted by
    /// the server, no answer read. Whoever shows them applies the thresholds first.
    public func cellCounts(session: String, round: Int) async throws -> [GroupKey: Int] {
        let rows = try await query(
            """
            SELECT partner, level, count(*) FROM submission
            WHERE session_id = \(session) AND round = \(round) GROUP BY partner, level
            """)
        var counts: [GroupKey: Int] = [:]
        do {
            for try await (partner, levelText, count) in rows.decode((String, String, Int).self) {
                guard let level = Level(rawValue: levelText) else {
                    throw StoreError.database("a stored submission has an unknown level")
                }
                counts[GroupKey(partner: partner, level: level)] = count
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw PostgresStoreError.server(location.description, reason: Self.describe(error))
        }
        return counts
    }

    /// Inserts a checked row under a fresh random key.
    func insert(_ row: AnswerStore.CheckedSubmission, session: String) async throws {
        let key = ByteBuffer(bytes: RandomCode.submissionKey())
        try await execute(
            """
            INSERT INTO submission (id, session_id, round, partner, level, answers, predictions)
            VALUES (\(key), \(session), \(row.round), \(row.partner), \(row.level.rawValue), \(row.answers), \(row.predictions))
            """)
    }
}
