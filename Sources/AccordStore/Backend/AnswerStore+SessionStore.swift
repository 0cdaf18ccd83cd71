import AccordCore
import GRDB

extension AnswerStore: SessionStore {
    /// The database file.
    public var locationDescription: String { path }

    /// Calls `body` with every submission of a round in one read transaction, in the order of
    /// their random keys.
    public func forEachStoredSubmission(session: String, round: Int, _ body: (StoredSubmission) throws -> Void) throws {
        try read { db in
            let rows = try Row.fetchCursor(
                db,
                sql: "SELECT partner, level, answers, predictions FROM submission WHERE sessionID = ? AND round = ?",
                arguments: [session, round])
            while let row = try rows.next() {
                try body(StoredSubmission(partner: row[0], level: row[1], answers: row[2], predictions: row[3]))
            }
        }
    }

    /// Nothing to do: the file is closed when the last reference to the store goes.
    public func close() async {}
}
