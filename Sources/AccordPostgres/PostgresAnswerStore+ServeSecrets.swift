import AccordStore
import PostgresNIO

extension PostgresAnswerStore {
    /// The serve secrets of `session` (`AnswerStore.serveSecrets`): the stored ones, or (none
    /// stored, or `rotate`) new ones of `joinCode`, `facilitatorSecret` (kept only as its
    /// SHA-256) and a random form key. Servers starting together agree on one set: the read and
    /// the write hold a per-session advisory lock.
    public func serveSecrets(
        session: String, rotate: Bool, joinCode: String, facilitatorSecret: String
    ) async throws -> ServeSecrets {
        try await transaction {
            _ = try await rounds(of: session, locking: nil)  // an unknown session is an error
            try await execute("SELECT pg_advisory_xact_lock(7284213, hashtext(\(session)))")
            if !rotate, let stored = try await storedSecrets(session: session) { return stored }
            let secrets = ServeSecrets(
                joinCode: joinCode, facilitatorSecretSHA256: Digest.sha256Hex(facilitatorSecret),
                formKey: Digest.randomBytes(32), newFacilitatorSecret: facilitatorSecret)
            try await execute(
                """
                INSERT INTO serve_secret (session_id, join_code, facilitator_secret_sha256, form_key)
                VALUES (\(session), \(secrets.joinCode), \(secrets.facilitatorSecretSHA256), \(ByteBuffer(bytes: secrets.formKey)))
                ON CONFLICT (session_id) DO UPDATE SET join_code = EXCLUDED.join_code,
                    facilitator_secret_sha256 = EXCLUDED.facilitator_secret_sha256, form_key = EXCLUDED.form_key
                """)
            return secrets
        }
    }

    /// Replaces only the facilitator's secret, keeping the join code and form key
    /// (`AnswerStore.replaceFacilitatorSecret`); made first, with `joinCode`, when none are stored.
    public func replaceFacilitatorSecret(session: String, with secret: String, joinCodeIfNew joinCode: String) async throws
        -> ServeSecrets
    {
        var secrets = try await serveSecrets(session: session, rotate: false, joinCode: joinCode, facilitatorSecret: secret)
        if secrets.newFacilitatorSecret != nil { return secrets }
        secrets.facilitatorSecretSHA256 = Digest.sha256Hex(secret)
        secrets.newFacilitatorSecret = secret
        try await execute(
            """
            UPDATE serve_secret SET facilitator_secret_sha256 = \(secrets.facilitatorSecretSHA256)
            WHERE session_id = \(session)
            """)
        return secrets
    }

    /// The stored secrets of `session`, if any (the facilitator's secret only as its hash).
    public func storedSecrets(session: String) async throws -> ServeSecrets? {
        let rows = try await query(
            "SELECT join_code, facilitator_secret_sha256, form_key FROM serve_secret WHERE session_id = \(session)")
        var found: ServeSecrets?
        for try await (joinCode, sha256, key) in rows.decode((String, String, ByteBuffer).self) {
            found = ServeSecrets(joinCode: joinCode, facilitatorSecretSHA256: sha256, formKey: Array(key.readableBytesView))
        }
        return found
    }
}
