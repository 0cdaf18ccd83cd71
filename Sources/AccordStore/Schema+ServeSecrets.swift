import GRDB

extension Schema {
    /// `v3-serve-secrets`: what `accord serve` needs to survive a restart, per session: the
    /// join code (it is printed and drawn as a QR code anyway), the facilitator's secret only as
    /// its SHA-256, and the key that signs form tokens. Plus, on drafts, how many of the
    /// server's expiry checks a browser draft has gone unsaved through: a counter, never a
    /// time (`NULL` for drafts started in a terminal, which `accord serve` never expires).
    static func createServeSecrets(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE serveSecret (
                    sessionID TEXT PRIMARY KEY NOT NULL REFERENCES session(id),
                    joinCode TEXT NOT NULL CHECK (joinCode <> ''),
                    facilitatorSecretSHA256 TEXT NOT NULL CHECK (length(facilitatorSecretSHA256) = 64),
                    formKey BLOB NOT NULL CHECK (typeof(formKey) = 'blob' AND length(formKey) = 32)
                ) WITHOUT ROWID;
                ALTER TABLE draft ADD COLUMN idleChecks INTEGER CHECK (idleChecks IS NULL OR idleChecks >= 0);
                """)
    }
}
