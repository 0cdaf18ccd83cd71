import AccordCore
import GRDB

/// Drafts started in a browser (`accord serve`): capped per session, and deleted when
/// abandoned. Nothing here stores a time: a browser draft carries only how many of the
/// server's expiry checks it has gone through without being saved (`idleChecks`).
extension AnswerStore {
    /// Starts a browser draft, unless the session's open round already holds `limit` drafts
    /// started in a browser (then `StoreError.tooManyDrafts`); the count and the insert are one
    /// transaction, so concurrent starts cannot pass the cap together.
    public func startServedDraft(session: String, partner: String, level: Level, limit: Int) throws -> Draft {
        try write { db in try startServedDraft(session: session, partner: partner, level: level, limit: limit, in: db) }
    }

    func startServedDraft(session: String, partner: String, level: Level, limit: Int, in db: Database) throws -> Draft {
        let open = try Int.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT count(*) FROM draft d JOIN round r ON r.sessionID = d.sessionID AND r.number = d.round
                    WHERE d.sessionID = ? AND r.isOpen = 1 AND d.idleChecks IS NOT NULL
                    """),
            arguments: [session]) ?? 0
        guard open < limit else { throw StoreError.tooManyDrafts(session: session, limit: limit) }
        let draft = try startDraft(session: session, partner: partner, level: level, in: db)
        try db.cachedStatement(sql: "UPDATE draft SET idleChecks = 0 WHERE code = ?").execute(arguments: [draft.code])
        return draft
    }

    /// One expiry check: deletes the browser drafts of `session` that went unused through
    /// `afterChecks` checks, and counts one more unused check on every other browser draft.
    /// Drafts started in a terminal are never touched. Returns how many were deleted.
    @discardableResult
    public func expireServedDrafts(session: String, afterChecks: Int) throws(StoreError) -> Int {
        let deleted = try write { db in
            try db.execute(
                sql: "DELETE FROM draft WHERE sessionID = ? AND idleChecks >= ?", arguments: [session, afterChecks])
            let deleted = db.changesCount
            try db.execute(
                sql: "UPDATE draft SET idleChecks = idleChecks + 1 WHERE sessionID = ? AND idleChecks IS NOT NULL",
                arguments: [session])
            return deleted
        }
        if deleted > 0 { owe(.checkpoint) }
        return deleted
    }
}

extension AnswerStore {
    /// How many drafts (from browsers and terminals) `session` holds.
    public func draftCount(session: String) throws(StoreError) -> Int {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM draft WHERE sessionID = ?", arguments: [session]) ?? 0
        }
    }
}
