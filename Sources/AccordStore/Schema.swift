import GRDB

/// The database schema, as named forward-only migrations. A migration, once shipped, is never
/// edited: a change is a new migration appended here (see `docs/storage.md`).
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-sessions-rounds-submissions-drafts") { db in
            try db.execute(
                sql: """
                    CREATE TABLE session (
                        id TEXT PRIMARY KEY NOT NULL,
                        workshop BLOB NOT NULL,
                        workshopSHA256 TEXT NOT NULL,
                        workshopID TEXT NOT NULL,
                        workshopVersion TEXT NOT NULL,
                        partnerA TEXT NOT NULL CHECK (partnerA <> ''),
                        partnerB TEXT NOT NULL CHECK (partnerB <> '' AND partnerB <> partnerA)
                    ) WITHOUT ROWID;

                    CREATE TABLE round (
                        sessionID TEXT NOT NULL REFERENCES session(id),
                        number INTEGER NOT NULL CHECK (number >= 1),
                        isOpen INTEGER NOT NULL CHECK (isOpen IN (0, 1)),
                        PRIMARY KEY (sessionID, number)
                    ) WITHOUT ROWID;
                    CREATE UNIQUE INDEX round_oneOpenPerSession ON round(sessionID) WHERE isOpen = 1;
                    CREATE TRIGGER round_neverReopened BEFORE UPDATE OF isOpen ON round
                        WHEN OLD.isOpen = 0 AND NEW.isOpen = 1
                        BEGIN SELECT RAISE(ABORT, 'a closed round is never reopened'); END;
                    CREATE TRIGGER round_neverDeleted BEFORE DELETE ON round
                        BEGIN SELECT RAISE(ABORT, 'rounds are never deleted'); END;

                    -- Keyed by a random 128-bit id: neither the key nor the table order says when a
                    -- row was written. No time, no sequence, no name: anonymity.md rule 1.
                    CREATE TABLE submission (
                        id BLOB PRIMARY KEY NOT NULL CHECK (typeof(id) = 'blob' AND length(id) = 16),
                        sessionID TEXT NOT NULL,
                        round INTEGER NOT NULL,
                        partner TEXT NOT NULL,
                        level TEXT NOT NULL CHECK (level IN ('management', 'execution')),
                        answers TEXT NOT NULL,
                        predictions TEXT NOT NULL,
                        FOREIGN KEY (sessionID, round) REFERENCES round(sessionID, number)
                    ) WITHOUT ROWID;
                    CREATE INDEX submission_byRound ON submission(sessionID, round);
                    CREATE TRIGGER submission_onlyToOpenRound BEFORE INSERT ON submission
                        WHEN (SELECT isOpen FROM round WHERE sessionID = NEW.sessionID AND number = NEW.round)
                            IS NOT 1
                        BEGIN SELECT RAISE(ABORT, 'the round is closed'); END;
                    CREATE TRIGGER submission_partnerOfSession BEFORE INSERT ON submission
                        WHEN NOT EXISTS (SELECT 1 FROM session WHERE id = NEW.sessionID
                                         AND NEW.partner IN (partnerA, partnerB))
                        BEGIN SELECT RAISE(ABORT, 'not a partner of the session'); END;
                    CREATE TRIGGER submission_appendOnlyUpdate BEFORE UPDATE ON submission
                        BEGIN SELECT RAISE(ABORT, 'submissions are append-only'); END;
                    CREATE TRIGGER submission_appendOnlyDelete BEFORE DELETE ON submission
                        BEGIN SELECT RAISE(ABORT, 'submissions are append-only'); END;

                    -- Unfinished answers under a random resume code; deleted (and, with
                    -- secure_delete, overwritten) when submitted or discarded: rule 7.
                    CREATE TABLE draft (
                        code TEXT PRIMARY KEY NOT NULL,
                        sessionID TEXT NOT NULL,
                        round INTEGER NOT NULL,
                        partner TEXT NOT NULL,
                        level TEXT NOT NULL CHECK (level IN ('management', 'execution')),
                        answers TEXT NOT NULL,
                        predictions TEXT NOT NULL,
                        FOREIGN KEY (sessionID, round) REFERENCES round(sessionID, number)
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("v2-agreed-actions", migrate: createAgreedActions)
        migrator.registerMigration("v3-serve-secrets", migrate: createServeSecrets)
        migrator.registerMigration("v4-draft-language", migrate: addDraftLanguage)
        migrator.registerMigration("v5-facilitation-state", migrate: createFacilitationState)
        return migrator
    }
}
