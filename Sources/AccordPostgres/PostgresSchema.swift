/// The PostgreSQL schema: the SQLite schema's sessions, rounds and submissions
/// (`AccordStore/Schema.swift`) with the same constraints, its triggers written as PL/pgSQL.
/// Migrations are named and forward-only, as in SQLite: once shipped, never edited.
enum PostgresSchema {
    /// A named migration: its statements, run in order in one transaction.
    struct Migration {
        var name: String
        var statements: [String]
    }

    /// The table that records which migrations ran.
    static let migrationTable = "accord_migration"

    static let migrations: [Migration] = [
        Migration(
            name: "v1-sessions-rounds-submissions",
            statements: [
                """
                CREATE TABLE session (
                    id text PRIMARY KEY,
                    workshop bytea NOT NULL,
                    workshop_sha256 text NOT NULL,
                    workshop_id text NOT NULL,
                    workshop_version text NOT NULL,
                    partner_a text NOT NULL CHECK (partner_a <> ''),
                    partner_b text NOT NULL CHECK (partner_b <> '' AND partner_b <> partner_a)
                )
                """,
                """
                CREATE TABLE round (
                    session_id text NOT NULL REFERENCES session(id),
                    number integer NOT NULL CHECK (number >= 1),
                    is_open boolean NOT NULL,
                    PRIMARY KEY (session_id, number)
                )
                """,
                "CREATE UNIQUE INDEX round_one_open_per_session ON round(session_id) WHERE is_open",
                """
                CREATE FUNCTION accord_round_guard() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'rounds are never deleted'; END IF;
                    IF NOT OLD.is_open AND NEW.is_open THEN RAISE EXCEPTION 'a closed round is never reopened'; END IF;
                    RETURN NEW;
                END $$
                """,
                "CREATE TRIGGER round_guard BEFORE UPDATE OR DELETE ON round FOR EACH ROW EXECUTE FUNCTION accord_round_guard()",
                // Keyed by a random 128-bit id: neither the key nor (after the round closes) the
                // table order says when a row was written. No time, no sequence, no name.
                """
                CREATE TABLE submission (
                    id bytea PRIMARY KEY CHECK (length(id) = 16),
                    session_id text NOT NULL,
                    round integer NOT NULL,
                    partner text NOT NULL,
                    level text NOT NULL CHECK (level IN ('management', 'execution')),
                    answers text NOT NULL,
                    predictions text NOT NULL,
                    FOREIGN KEY (session_id, round) REFERENCES round(session_id, number)
                )
                """,
                "CREATE INDEX submission_by_round ON submission(session_id, round)",
                """
                CREATE FUNCTION accord_submission_insert_guard() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM round WHERE session_id = NEW.session_id AND number = NEW.round AND is_open) THEN
                        RAISE EXCEPTION 'the round is closed';
                    END IF;
                    IF NOT EXISTS (SELECT 1 FROM session WHERE id = NEW.session_id AND NEW.partner IN (partner_a, partner_b)) THEN
                        RAISE EXCEPTION 'not a partner of the session';
                    END IF;
                    RETURN NEW;
                END $$
                """,
                """
                CREATE TRIGGER submission_insert_guard BEFORE INSERT ON submission
                    FOR EACH ROW EXECUTE FUNCTION accord_submission_insert_guard()
                """,
                // Append-only, but for the one rewrite that closing a round does (in key order,
                // in one transaction, `PostgresAnswerStore.closeRound`), which names the round it
                // rewrites in a transaction-local setting.
                """
                CREATE FUNCTION accord_submission_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'DELETE'
                        AND current_setting('accord.reordering_round', true) = OLD.session_id || '/' || OLD.round THEN
                        RETURN OLD;
                    END IF;
                    RAISE EXCEPTION 'submissions are append-only';
                END $$
                """,
                """
                CREATE TRIGGER submission_append_only BEFORE UPDATE OR DELETE ON submission
                    FOR EACH ROW EXECUTE FUNCTION accord_submission_append_only()
                """,
            ]),
        serve,
    ]
}
