import Foundation
import GRDB

/// The secrets of a session served in a browser, as kept in the database: enough to check the
/// join code, the facilitator's secret and form tokens after a restart, and nothing that
/// would give the facilitator's secret to someone holding the file.
public struct ServeSecrets: Sendable, Hashable {
    /// The code in the join URL (kept as is: it is printed and shown as a QR code).
    public var joinCode: String
    /// The SHA-256 of the facilitator's secret, 64 lowercase hex digits.
    public var facilitatorSecretSHA256: String
    /// The 32-byte key that signs form tokens (HMAC-SHA-256).
    public var formKey: [UInt8]
    /// The facilitator's secret itself, only when it was made by this call (it is never stored).
    public var newFacilitatorSecret: String?

    /// Creates secrets.
    public init(joinCode: String, facilitatorSecretSHA256: String, formKey: [UInt8], newFacilitatorSecret: String? = nil) {
        self.joinCode = joinCode
        self.facilitatorSecretSHA256 = facilitatorSecretSHA256
        self.formKey = formKey
        self.newFacilitatorSecret = newFacilitatorSecret
    }
}

extension AnswerStore {
    /// The serve secrets of `session`: the stored ones, or (when there are none, or with
    /// `rotate`) new ones made of `joinCode`, `facilitatorSecret` (stored only as its SHA-256)
    /// and a fresh random form key, replacing the old ones in one transaction.
    public func serveSecrets(
        session: String, rotate: Bool, joinCode: @autoclosure () -> String,
        facilitatorSecret: @autoclosure () -> String
    ) throws(StoreError) -> ServeSecrets {
        try write { db in
            _ = try self.session(session, in: db)
            if !rotate,
                let row = try Row.fetchOne(
                    db, sql: "SELECT joinCode, facilitatorSecretSHA256, formKey FROM serveSecret WHERE sessionID = ?",
                    arguments: [session])
            {
                let key: Data = row[2]
                return ServeSecrets(joinCode: row[0], facilitatorSecretSHA256: row[1], formKey: [UInt8](key))
            }
            let secret = facilitatorSecret()
            let secrets = ServeSecrets(
                joinCode: joinCode(), facilitatorSecretSHA256: Digest.sha256Hex(secret), formKey: Digest.randomBytes(32),
                newFacilitatorSecret: secret)
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO serveSecret (sessionID, joinCode, facilitatorSecretSHA256, formKey)
                    VALUES (?, ?, ?, ?)
                    """,
                arguments: [session, secrets.joinCode, secrets.facilitatorSecretSHA256, Data(secrets.formKey)])
            return secrets
        }
    }
}

extension AnswerStore {
    /// Replaces only the facilitator's secret of `session`'s serve secrets (its address was
    /// lost or seen), keeping the join code and the form key, so printed QR codes and open
    /// participant pages keep working. Made first when there are none.
    public func replaceFacilitatorSecret(
        session: String, with secret: String, joinCodeIfNew joinCode: @autoclosure () -> String
    ) throws(StoreError) -> ServeSecrets {
        var secrets = try serveSecrets(session: session, rotate: false, joinCode: joinCode(), facilitatorSecret: secret)
        if secrets.newFacilitatorSecret != nil { return secrets }
        secrets.facilitatorSecretSHA256 = Digest.sha256Hex(secret)
        secrets.newFacilitatorSecret = secret
        try write { db in
            try db.execute(
                sql: "UPDATE serveSecret SET facilitatorSecretSHA256 = ? WHERE sessionID = ?",
                arguments: [secrets.facilitatorSecretSHA256, session])
        }
        return secrets
    }
}
