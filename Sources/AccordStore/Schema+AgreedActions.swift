import GRDB

extension Schema {
    /// `v2-agreed-actions`: the actions a session's partners agreed on while discussing a
    /// round (`accord facilitate`). Facilitator content, not participants': no name, no time.
    /// Numbered per session in the order agreed; never changed or deleted.
    static func createAgreedActions(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE agreedAction (
                    sessionID TEXT NOT NULL REFERENCES session(id),
                    number INTEGER NOT NULL CHECK (number >= 1),
                    text TEXT NOT NULL CHECK (text <> ''),
                    owner TEXT NOT NULL,
                    agreedInRound INTEGER NOT NULL,
                    dueRound INTEGER NOT NULL CHECK (dueRound > agreedInRound),
                    questions TEXT NOT NULL,
                    gaps TEXT NOT NULL,
                    dimension TEXT,
                    PRIMARY KEY (sessionID, number),
                    FOREIGN KEY (sessionID, agreedInRound) REFERENCES round(sessionID, number)
                ) WITHOUT ROWID;
                CREATE TRIGGER agreedAction_ownerIsPartner BEFORE INSERT ON agreedAction
                    WHEN NOT EXISTS (SELECT 1 FROM session WHERE id = NEW.sessionID
                                     AND NEW.owner IN (partnerA, partnerB))
                    BEGIN SELECT RAISE(ABORT, 'the owner is not a partner of the session'); END;
                CREATE TRIGGER agreedAction_onClosedRound BEFORE INSERT ON agreedAction
                    WHEN (SELECT isOpen FROM round WHERE sessionID = NEW.sessionID AND number = NEW.agreedInRound)
                        IS NOT 0
                    BEGIN SELECT RAISE(ABORT, 'actions are agreed on a closed round'); END;
                CREATE TRIGGER agreedAction_neverChanged BEFORE UPDATE ON agreedAction
                    BEGIN SELECT RAISE(ABORT, 'agreed actions are never changed'); END;
                CREATE TRIGGER agreedAction_neverDeleted BEFORE DELETE ON agreedAction
                    BEGIN SELECT RAISE(ABORT, 'agreed actions are never deleted'); END;
                """)
    }
}
