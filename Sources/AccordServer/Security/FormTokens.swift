import AccordStore

/// Synchroniser tokens against cross-site request forgery: every form carries the token of its
/// scope (one participant's draft, the join page, the facilitator), and a POST without the
/// right one is refused before anything is stored.
///
/// A token is the HMAC-SHA-256 of its scope under the session's form key, which is kept in the
/// database: nothing is held per request in memory, and a page opened before a restart still
/// sends a valid token afterwards. A draft's token is bound to its draft code, which only the
/// participant's cookie holds.
struct FormTokens: Sendable {
    /// The session's 32-byte form key.
    var key: [UInt8]

    /// The token of `scope`.
    func token(for scope: String) -> String {
        Digest.hmacSHA256Hex(key: key, message: scope)
    }

    /// Whether `given` is the token of `scope`, compared in constant time.
    func verify(_ given: String?, for scope: String) -> Bool {
        guard let given else { return false }
        return Secret.matches(given, token(for: scope))
    }
}
