import AccordCore
import AccordStore
import PostgresNIO

/// Drafts on PostgreSQL, with the SQLite store's rules (`AnswerStore+Drafts.swift`,
/// `+ServedDrafts.swift`): random resume codes, no time, browser drafts capped per open round
/// and expired by a counter of unsaved expiry checks. Deleted rows stay in the table's pages
/// until PostgreSQL vacuums them (`docs/storage.md`).
extension PostgresAnswerStore {
    /// The session with `id` and the draft named by `draftCode` (case-insensitive), if any.
    public func session(_ id: String, draftCode: String?) async throws -> (session: StoredSession, draft: Draft?) {
        let session = try await self.session(id)
        guard let draftCode else { return (session, nil) }
        return (session, try await draft(code: draftCode, workshopOf: session))
    }

    /// The draft with `code` (case-insensitive, dashes and spaces ignored), or `nil`.
    public func loadDraft(code: String) async throws -> Draft? {
        try await draft(code: code, workshopOf: nil)
    }

    /// The draft with `code`; its answers are read through `session`'s workshop when it is the
    /// draft's session, else through its own session's.
    func draft(code: String, workshopOf session: StoredSession?) async throws -> Draft? {
        let code = code.uppercased().filter { $0 != "-" && $0 != " " }
        let rows = try await query(
            """
            SELECT session_id, round, partner, level, answers, predictions, language FROM draft WHERE code = \(code)
            """)
        var found: (String, Int, String, String, String, String, String?)?
        for try await row in rows.decode((String, Int, String, String, String, String, String?).self) { found = row }
        guard let (sessionID, round, partner, levelText, answers, predictions, language) = found else { return nil }
        let workshop = try await (session?.id == sessionID ? session! : self.session(sessionID)).workshop
        guard let level = Level(rawValue: levelText) else { throw StoreError.database("a draft has an unknown level") }
        return Draft(
            code: code, sessionID: sessionID, round: round, partner: partner, level: level,
            answers: try [String: Answer](storedJSON: answers, workshop: workshop),
            predictions: try [String: Answer](storedJSON: predictions, workshop: workshop), language: language)
    }

    /// Starts an empty draft in the session's open round under a fresh resume code, for a
    /// terminal (never expired) or, with `limit`, a browser: then refused with
    /// `StoreError.tooManyDrafts` when the open round holds `limit` browser drafts. Starts of one
    /// session are serialised (an advisory lock), so servers racing cannot pass the cap together.
    public func startDraft(session: String, partner: String, level: Level, limit: Int? = nil) async throws -> Draft {
        let stored = try await self.session(session)
        guard let partner = stored.partners.first(where: { $0 == partner }) else {
            throw StoreError.unknownPartner(session: session, partner: partner, partners: stored.partners)
        }
        return try await transaction {
            try await execute("SELECT pg_advisory_xact_lock(7284212, hashtext(\(session)))")
            guard let round = try await rounds(of: session, locking: "FOR SHARE").first(where: \.isOpen)?.number else {
                throw StoreError.noOpenRound(session: session)
            }
            if let limit {
                let open =
                    try await value(
                        """
                        SELECT count(*) FROM draft
                        WHERE session_id = \(session) AND round = \(round) AND idle_checks IS NOT NULL
                        """, as: Int.self) ?? 0
                guard open < limit else { throw StoreError.tooManyDrafts(session: session, limit: limit) }
            }
            var code = RandomCode.resumeCode()
            while try await value("SELECT count(*) FROM draft WHERE code = \(code)", as: Int.self) ?? 0 > 0 {
                code = RandomCode.resumeCode()
            }
            let idleChecks: Int? = limit == nil ? nil : 0
            try await execute(
                """
                INSERT INTO draft (code, session_id, round, partner, level, answers, predictions, idle_checks)
                VALUES (\(code), \(session), \(round), \(partner), \(level.rawValue), '{}', '{}', \(idleChecks))
                """)
            return Draft(code: code, sessionID: session, round: round, partner: partner, level: level)
        }
    }

    /// Starts a browser draft (`startDraft(…limit:)`).
    public func startServedDraft(session: String, partner: String, level: Level, limit: Int) async throws -> Draft {
        try await startDraft(session: session, partner: partner, level: level, limit: limit)
    }

    /// Replaces the draft's answers, predictions and language; a browser draft counts as used
    /// since the last expiry check. `StoreError.unknownDraft` when it is gone.
    public func saveDraft(_ draft: Draft) async throws {
        let answers = draft.answers.storedJSON
        let predictions = draft.predictions.storedJSON
        let saved = try await count(
            """
            UPDATE draft SET answers = \(answers), predictions = \(predictions), language = \(draft.language),
                idle_checks = CASE WHEN idle_checks IS NULL THEN NULL ELSE 0 END
            WHERE code = \(draft.code) RETURNING 1
            """)
        if saved == 0 { throw StoreError.unknownDraft(code: draft.code) }
    }

    /// Deletes the draft without submitting it.
    public func discardDraft(code: String) async throws {
        try await execute("DELETE FROM draft WHERE code = \(code)")
    }

    /// One expiry check over `session`'s browser drafts (`AnswerStore.expireServedDrafts`), in
    /// one transaction. Returns how many were deleted.
    @discardableResult
    public func expireServedDrafts(session: String, afterChecks: Int) async throws -> Int {
        try await transaction {
            let deleted = try await count(
                "DELETE FROM draft WHERE session_id = \(session) AND idle_checks >= \(afterChecks) RETURNING 1")
            try await execute(
                "UPDATE draft SET idle_checks = idle_checks + 1 WHERE session_id = \(session) AND idle_checks IS NOT NULL")
            return deleted
        }
    }

    /// How many drafts (from browsers and terminals) `session` holds.
    public func draftCount(session: String) async throws -> Int {
        try await value("SELECT count(*) FROM draft WHERE session_id = \(session)", as: Int.self) ?? 0
    }

    /// Runs a statement and counts the rows it returns.
    func count(_ statement: PostgresQuery) async throws -> Int {
        var rows = 0
        do {
            for try await _ in try await query(statement) { rows += 1 }
        } catch let error as PostgresStoreError {
            throw error
        } catch {
            throw PostgresStoreError.server(location.description, reason: Self.describe(error))
        }
        return rows
    }
}
