extension PostgresSchema {
    /// `v2-serve`: what `accord serve` keeps, as the SQLite migrations v2 to v5 do (`AccordStore/Schema+*.swift`):
    /// drafts under random resume codes (with their language and, for browser drafts, how many
    /// expiry checks they went unsaved through: a counter, never a time), the serve secrets
    /// (the facilitator's only as its SHA-256), where the live workshop is, and agreed actions
    /// (append-only, on closed rounds, owned by a partner). No timestamps, no sequences.
    static let serve = Migration(
        name: "v2-serve",
        statements: [
            """
            CREATE TABLE draft (
                code text PRIMARY KEY,
                session_id text NOT NULL,
                round integer NOT NULL,
                partner text NOT NULL,
                level text NOT NULL CHECK (level IN ('management', 'execution')),
                answers text NOT NULL,
                predictions text NOT NULL,
                language text CHECK (language IS NULL OR length(language) BETWEEN 2 AND 35),
                idle_checks integer CHECK (idle_checks IS NULL OR idle_checks >= 0),
                FOREIGN KEY (session_id, round) REFERENCES round(session_id, number)
            )
            """,
            "CREATE INDEX draft_by_session ON draft(session_id)",
            """
            CREATE TABLE serve_secret (
                session_id text PRIMARY KEY REFERENCES session(id),
                join_code text NOT NULL CHECK (join_code <> ''),
                facilitator_secret_sha256 text NOT NULL CHECK (length(facilitator_secret_sha256) = 64),
                form_key bytea NOT NULL CHECK (length(form_key) = 32)
            )
            """,
            """
            CREATE TABLE facilitation_state (
                session_id text PRIMARY KEY REFERENCES session(id),
                phase_index integer CHECK (phase_index IS NULL OR phase_index >= 0),
                discussing_results boolean NOT NULL DEFAULT false,
                revealed_round integer CHECK (revealed_round IS NULL OR revealed_round >= 1),
                revealed_index integer CHECK (revealed_index IS NULL OR revealed_index >= 0),
                more_depth integer NOT NULL DEFAULT 0 CHECK (more_depth >= 0)
            )
            """,
            """
            CREATE TABLE agreed_action (
                session_id text NOT NULL REFERENCES session(id),
                number integer NOT NULL CHECK (number >= 1),
                text text NOT NULL CHECK (text <> ''),
                owner text NOT NULL,
                agreed_in_round integer NOT NULL,
                due_round integer NOT NULL CHECK (due_round > agreed_in_round),
                questions text NOT NULL,
                gaps text NOT NULL,
                dimension text,
                PRIMARY KEY (session_id, number),
                FOREIGN KEY (session_id, agreed_in_round) REFERENCES round(session_id, number)
            )
            """,
            """
            CREATE FUNCTION accord_agreed_action_guard() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP <> 'INSERT' THEN RAISE EXCEPTION 'agreed actions are never changed or deleted'; END IF;
                IF NOT EXISTS (SELECT 1 FROM session WHERE id = NEW.session_id AND NEW.owner IN (partner_a, partner_b)) THEN
                    RAISE EXCEPTION 'the owner is not a partner of the session';
                END IF;
                IF NOT EXISTS (SELECT 1 FROM round WHERE session_id = NEW.session_id AND number = NEW.agreed_in_round
                               AND NOT is_open) THEN
                    RAISE EXCEPTION 'actions are agreed on a closed round';
                END IF;
                RETURN NEW;
            END $$
            """,
            """
            CREATE TRIGGER agreed_action_guard BEFORE INSERT OR UPDATE OR DELETE ON agreed_action
                FOR EACH ROW EXECUTE FUNCTION accord_agreed_action_guard()
            """,
        ])
}
