import AccordCore
import GRDB

extension AnswerStore {
    /// Where `session`'s live workshop is (`FacilitationState`); a workshop not started yet
    /// when nothing was stored (a missing session too:
    /// this read is on every presenter poll, so it reads one row and no workshop).
    public func facilitationState(session: String) throws(StoreError) -> FacilitationState {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT phaseIndex, discussingResults, revealedRound, revealedIndex, moreDepth
                        FROM facilitationState WHERE sessionID = ?
                        """,
                    arguments: [session])
            else { return FacilitationState() }
            return FacilitationState(
                phaseIndex: row[0], discussingResults: row[1], revealedRound: row[2], revealedIndex: row[3],
                moreDepth: row[4])
        }
    }

    /// Stores `state` as where `session`'s live workshop is, replacing the last one.
    public func setFacilitationState(_ state: FacilitationState, session: String) throws(StoreError) {
        try write { db in
            _ = try self.session(session, in: db)
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO facilitationState
                        (sessionID, phaseIndex, discussingResults, revealedRound, revealedIndex, moreDepth)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    session, state.phaseIndex, state.discussingResults, state.revealedRound,
                    state.revealedIndex, state.moreDepth,
                ])
        }
    }
}
