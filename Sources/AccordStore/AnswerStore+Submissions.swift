import AccordCore
import Foundation
import GRDB

extension AnswerStore {
    /// Validates `submission` against the session (partner, level, round open) and its
    /// workshop snapshot, and stores it in one transaction. A `nil` round means the open round.
    /// Then the file is rebuilt so that the row's place tells nothing (`Upkeep`).
    public func submit(_ submission: Submission, session: String) throws(StoreError) {
        try write { db in
            let stored = try self.session(session, in: db)
            let row = try Self.checked(submission, in: stored)
            try Self.insert(row, session: session, in: db)
        }
        owe(.rebuild)
    }

    /// The number of submissions of a round.
    public func submissionCount(session: String, round: Int) throws(StoreError) -> Int {
        try read { db in
            try Int.fetchOne(
                db.cachedStatement(sql: "SELECT count(*) FROM submission WHERE sessionID = ? AND round = ?"),
                arguments: [session, round]) ?? 0
        }
    }

    /// Calls `body` with each submission of a round, streaming: rows are read from SQLite as
    /// they are consumed, so memory stays flat however many there are. The order is the
    /// storage order of random keys: it says nothing about when a submission was made.
    ///
    /// `body` runs inside a read of the database: it must not call this store.
    public func forEachSubmission(
        session: String, round: Int, _ body: (Submission) throws -> Void
    ) throws(StoreError) {
        try read { db in
            let reader = StoredAnswerReader(workshop: try self.session(session, in: db).workshop)
            var sheet = AnswerSheet(questionCount: reader.questionCount)
            let rows = try Row.fetchCursor(
                db,
                sql: "SELECT partner, level, answers, predictions FROM submission WHERE sessionID = ? AND round = ?",
                arguments: [session, round])
            while let row = try rows.next() {
                guard let level = Level(rawValue: row[1]) else {
                    throw StoreError.database("a stored submission has an unknown level")
                }
                sheet.removeAll()
                try reader.read(row, column: 2, into: &sheet.answers)
                try reader.read(row, column: 3, into: &sheet.predictions)
                try body(
                    Submission(
                        partner: row[0], level: level, round: round, answers: reader.dictionary(sheet.answers),
                        predictions: reader.dictionary(sheet.predictions)))
            }
        }
    }

    /// A submission checked and ready to insert, whatever the backend.
    package struct CheckedSubmission: Sendable, Equatable {
        /// The round it goes to (the open one when the submission named none).
        package var round: Int
        /// The partner, spelt as the session spells it.
        package var partner: String
        /// The level.
        package var level: Level
        /// The answers (comments masked) in the stored JSON form.
        package var answers: String
        /// The predictions in the stored JSON form.
        package var predictions: String
    }

    /// Every reason `submission` may not be stored in `session`, or the row to insert.
    static func problems(
        of submission: Submission, in session: StoredSession, plan: SubmissionPlan? = nil
    ) -> Result<CheckedSubmission, StoreError> {
        // Swift compares names by canonical equivalence (`Zu\u{308}rich` == `Zürich`); the row
        // takes the session's own spelling, so SQLite's byte comparisons agree.
        guard let partner = session.partners.first(where: { $0 == submission.partner }) else {
            return .failure(
                .unknownPartner(session: session.id, partner: submission.partner, partners: session.partners))
        }
        let round: Int
        if let requested = submission.round {
            guard let state = session.rounds.first(where: { $0.number == requested }) else {
                return .failure(.unknownRound(session: session.id, round: requested))
            }
            guard state.isOpen else { return .failure(.roundClosed(session: session.id, round: requested)) }
            round = requested
        } else {
            guard let open = session.openRound else { return .failure(.noOpenRound(session: session.id)) }
            round = open
        }
        let problems = (plan ?? SubmissionPlan(workshop: session.workshop)).problems(of: submission)
        if !problems.isEmpty {
            return .failure(
                .invalidSubmission(session: session.id, problems: problems.map { $0.errorDescription ?? "\($0)" }))
        }
        return .success(
            CheckedSubmission(
                round: round, partner: partner, level: submission.level,
                answers: TextMasking.masked(submission.answers).storedJSON,
                predictions: submission.predictions.storedJSON))
    }

    package static func checked(_ submission: Submission, in session: StoredSession) throws(StoreError) -> CheckedSubmission {
        try problems(of: submission, in: session).get()
    }

    static let insertSQL = """
        INSERT INTO submission (id, sessionID, round, partner, level, answers, predictions)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """

    static func insert(_ row: CheckedSubmission, session: String, in db: Database) throws {
        try db.cachedStatement(sql: insertSQL).execute(arguments: arguments(row, session: session))
    }

    static func arguments(_ row: CheckedSubmission, session: String) -> StatementArguments {
        [
            Data(RandomCode.submissionKey()), session, row.round, row.partner, row.level.rawValue, row.answers,
            row.predictions,
        ]
    }
}
