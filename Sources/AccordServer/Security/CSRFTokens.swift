import Synchronization

/// Synchroniser tokens against cross-site request forgery: every form carries a random token
/// for its scope (one participant's draft, the join page, the facilitator), and a POST without
/// the right one is refused with 403 before anything is read or stored.
///
/// Tokens live in memory only. After a restart an old form's token is unknown: the participant
/// is shown the page again with a fresh token, and loses nothing stored.
final class CSRFTokens: Sendable {
    private let tokens = Mutex<[String: String]>([:])

    /// The token of `scope`, made on first use.
    func token(for scope: String) -> String {
        tokens.withLock { tokens in
            if let token = tokens[scope] { return token }
            let token = Secret.code(length: 32)
            tokens[scope] = token
            return token
        }
    }

    /// Whether `given` is the token of `scope`.
    func verify(_ given: String?, for scope: String) -> Bool {
        guard let given, let expected = tokens.withLock({ $0[scope] }) else { return false }
        return Secret.matches(given, expected)
    }

    /// Forgets the token of `scope` (a submitted draft's).
    func forget(_ scope: String) {
        _ = tokens.withLock { $0.removeValue(forKey: scope) }
    }
}
