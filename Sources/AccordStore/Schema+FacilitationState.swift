import GRDB

extension Schema {
    /// `v5-facilitation-state`: where a live workshop is, per session, so that the presenter
    /// view follows the facilitator across windows and a restarted server: the phase, the
    /// revealed round and section and how far `more` went. Nothing in it is about a
    /// participant, and no time: a restarted server restarts the phase's countdown.
    static func createFacilitationState(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE facilitationState (
                    sessionID TEXT PRIMARY KEY NOT NULL REFERENCES session(id),
                    phaseIndex INTEGER CHECK (phaseIndex IS NULL OR phaseIndex >= 0),
                    discussingResults INTEGER NOT NULL DEFAULT 0 CHECK (discussingResults IN (0, 1)),
                    revealedRound INTEGER CHECK (revealedRound IS NULL OR revealedRound >= 1),
                    revealedIndex INTEGER CHECK (revealedIndex IS NULL OR revealedIndex >= 0),
                    moreDepth INTEGER NOT NULL DEFAULT 0 CHECK (moreDepth >= 0)
                ) WITHOUT ROWID;
                """)
    }
}
