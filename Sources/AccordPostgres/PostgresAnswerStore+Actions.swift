import AccordCore
import AccordStore
import PostgresNIO

extension PostgresAnswerStore {
    /// Stores an action agreed on a closed round of `session`, numbered after the earlier ones
    /// (`AnswerStore.addAction`, the same checks: `AnswerStore.checked`). Numbering holds a
    /// per-session advisory lock, so two servers never take the same number.
    @discardableResult
    public func addAction(_ action: AgreedAction, session: String) async throws -> AgreedAction {
        let stored = try await self.session(session)
        return try await transaction {
            try await execute("SELECT pg_advisory_xact_lock(7284214, hashtext(\(session)))")
            let rounds = try await rounds(of: session, locking: "FOR SHARE")
            var valid = try AnswerStore.checked(
                action,
                in: StoredSession(
                    id: stored.id, workshop: stored.workshop, workshopSHA256: stored.workshopSHA256,
                    partners: stored.partners, rounds: rounds))
            let last = try await value("SELECT max(number) FROM agreed_action WHERE session_id = \(session)", as: Int?.self)
            valid.id = (last.flatMap { $0 } ?? 0) + 1
            let questions = try StoredActionTopics.encode(valid.questionIDs)
            let gaps = try StoredActionTopics.encode(valid.gaps.map(StoredGap.init))
            try await execute(
                """
                INSERT INTO agreed_action
                    (session_id, number, text, owner, agreed_in_round, due_round, questions, gaps, dimension)
                VALUES (\(session), \(valid.id), \(valid.text), \(valid.owner), \(valid.agreedInRound), \(valid.dueRound),
                        \(questions), \(gaps), \(valid.dimension))
                """)
            return valid
        }
    }

    /// The actions agreed in `session`, in the order agreed (`StoreError.unknownSession` for an
    /// unknown session).
    public func actions(session: String) async throws -> [AgreedAction] {
        _ = try await rounds(of: session, locking: nil)
        let rows = try await query(
            """
            SELECT number, text, owner, agreed_in_round, due_round, questions, gaps, dimension
            FROM agreed_action WHERE session_id = \(session) ORDER BY number
            """)
        var actions: [AgreedAction] = []
        for try await (number, text, owner, agreedIn, due, questions, gaps, dimension) in rows.decode(
            (Int, String, String, Int, Int, String, String, String?).self)
        {
            actions.append(
                AgreedAction(
                    id: number, text: text, owner: owner, dueRound: due, agreedInRound: agreedIn,
                    questionIDs: try StoredActionTopics.decode([String].self, questions),
                    gaps: try StoredActionTopics.decode([StoredGap].self, gaps).map(\.reference),
                    dimension: dimension))
        }
        return actions
    }
}
