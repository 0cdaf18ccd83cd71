import AccordCore
import Foundation
import GRDB

/// Drafts (`anonymity.md` rule 7): a participant's answers so far, saved answer by answer under
/// a random resume code, never counted until submitted, deleted (and overwritten, by
/// `secure_delete`) when submitted or discarded.
///
/// Each operation is one function on a `Database` (`…(in:)`) with the statements it runs
/// cached per connection; the terminal calls it synchronously, the server through the async
/// variants in `AnswerStore+Serving.swift`.
extension AnswerStore: AnswerRecorder {
    /// Starts an empty draft in the session's open round, under a fresh resume code.
    public func startDraft(session: String, partner: String, level: Level) throws -> Draft {
        try write { db in try startDraft(session: session, partner: partner, level: level, in: db) }
    }

    /// Starts a draft inside the caller's transaction.
    func startDraft(session: String, partner: String, level: Level, in db: Database) throws -> Draft {
        let stored = try self.session(session, in: db)
        // Matched by canonical equivalence, stored in the session's own spelling (NFC).
        guard let partner = stored.partners.first(where: { $0 == partner }) else {
            throw StoreError.unknownPartner(session: session, partner: partner, partners: stored.partners)
        }
        guard let round = stored.openRound else { throw StoreError.noOpenRound(session: session) }
        var code = RandomCode.resumeCode()
        let taken = try db.cachedStatement(sql: "SELECT 1 FROM draft WHERE code = ?")
        while try Bool.fetchOne(taken, arguments: [code]) == true {
            code = RandomCode.resumeCode()
        }
        let draft = Draft(code: code, sessionID: session, round: round, partner: partner, level: level)
        try db.cachedStatement(
            sql: """
                INSERT INTO draft (code, sessionID, round, partner, level, answers, predictions)
                VALUES (?, ?, ?, ?, ?, '{}', '{}')
                """
        ).execute(arguments: [code, session, round, partner, level.rawValue])
        return draft
    }

    /// Replaces the stored answers, predictions and language of the draft, durably (a browser draft then
    /// counts as used since the server's last expiry check).
    public func saveDraft(_ draft: Draft) throws {
        try write { db in try Self.saveDraft(draft, in: db) }
    }

    static func saveDraft(_ draft: Draft, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                UPDATE draft SET answers = ?, predictions = ?, language = ?,
                    idleChecks = CASE WHEN idleChecks IS NULL THEN NULL ELSE 0 END
                WHERE code = ?
                """
        ).execute(arguments: [draft.answers.storedJSON, draft.predictions.storedJSON, draft.language, draft.code])
        if db.changesCount == 0 { throw StoreError.unknownDraft(code: draft.code) }
    }

    /// The draft with `code` (case-insensitive), or `nil` when there is none.
    public func loadDraft(code: String) throws -> Draft? {
        try read { db in try draft(code: code, in: db) }
    }

    /// The draft with `code` (case-insensitive, dashes and spaces ignored), read in `db`.
    func draft(code: String, in db: Database) throws -> Draft? {
        let code = code.uppercased().filter { $0 != "-" && $0 != " " }
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql: "SELECT sessionID, round, partner, level, answers, predictions, language FROM draft WHERE code = ?"),
                arguments: [code])
        else { return nil }
        let session: String = row[0]
        let questions = try questionsByID(of: session, in: db)
        guard let level = Level(rawValue: row[3]) else { throw StoreError.database("a draft has an unknown level") }
        return Draft(
            code: code, sessionID: session, round: row[1], partner: row[2], level: level,
            answers: try [String: Answer](storedJSON: row[4], questions: questions),
            predictions: try [String: Answer](storedJSON: row[5], questions: questions), language: row[6])
    }

    /// Validates the draft and stores it as a submission to its round, deleting the draft in
    /// the same transaction; then the file is rebuilt and the write-ahead log truncated
    /// (`Upkeep`), so the draft's text is gone and the row's place tells nothing.
    public func submitDraft(_ draft: Draft) throws {
        try write { db in try submitDraft(draft, in: db) }
        owe(.rebuild)
    }

    func submitDraft(_ draft: Draft, in db: Database) throws {
        let stored = try self.session(draft.sessionID, in: db)
        let row = try Self.checked(draft.submission, in: stored)
        try db.cachedStatement(sql: "DELETE FROM draft WHERE code = ?").execute(arguments: [draft.code])
        if db.changesCount == 0 { throw StoreError.unknownDraft(code: draft.code) }
        try Self.insert(row, session: draft.sessionID, in: db)
    }

    /// Deletes the draft without submitting it; then the write-ahead log is truncated (`Upkeep`).
    public func discardDraft(code: String) throws {
        try write { db in try Self.discardDraft(code: code, in: db) }
        owe(.checkpoint)
    }

    static func discardDraft(code: String, in db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM draft WHERE code = ?").execute(arguments: [code])
    }
}
