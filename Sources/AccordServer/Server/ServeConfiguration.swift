import AccordCore
import AccordStore

/// What `accord serve` needs to know about the session it serves, its secrets and its limits.
public struct ServeConfiguration: Sendable {
    /// The session answered through this server.
    public var sessionID: String
    /// The session's secrets as kept in the database (join code, facilitator secret's hash,
    /// form key), so that a restarted server accepts the same links and open pages.
    public var secrets: ServeSecrets
    /// The largest request body accepted, in bytes; larger ones get 413 and nothing is read.
    public var maxBodyBytes: Int
    /// Whether pages are served over HTTPS (cookies are then marked `Secure`).
    public var isHTTPS: Bool
    /// The most answers in progress from browsers that the open round holds at once.
    public var maxBrowserDrafts: Int
    /// How many drafts one client address may start at once ...
    public var draftStartBurst: Int
    /// ... and how many seconds until it may start one more.
    public var draftStartRefillSeconds: Double
    /// Seconds between two expiry checks of abandoned browser drafts.
    public var draftExpiryIntervalSeconds: Int
    /// A browser draft not saved or opened through this many expiry checks is deleted.
    public var draftExpiryChecks: Int
    /// The language of the facilitator's pages when the browser states no preference, and of
    /// the presenter view (`accord serve --language`); `nil`: the workshop's language if
    /// Accord speaks it, else English.
    public var language: Language? = nil
    /// Whether the server sits behind a reverse proxy on its own machine (`--behind-proxy`):
    /// then a request from a loopback address is counted against the client its `X-Real-IP`
    /// header names, for the per-client draft-start limit (held in memory only).
    public var isBehindProxy = false

    /// Creates a configuration over stored `secrets`.
    public init(
        sessionID: String, secrets: ServeSecrets, maxBodyBytes: Int = 64 * 1024, isHTTPS: Bool = false,
        maxBrowserDrafts: Int = 1000, draftStartBurst: Int = 30, draftStartRefillSeconds: Double = 10,
        draftExpiryIntervalSeconds: Int = 3600, draftExpiryChecks: Int = 12
    ) {
        self.sessionID = sessionID
        self.secrets = secrets
        self.maxBodyBytes = maxBodyBytes
        self.isHTTPS = isHTTPS
        self.maxBrowserDrafts = maxBrowserDrafts
        self.draftStartBurst = draftStartBurst
        self.draftStartRefillSeconds = draftStartRefillSeconds
        self.draftExpiryIntervalSeconds = draftExpiryIntervalSeconds
        self.draftExpiryChecks = draftExpiryChecks
    }

    /// The code in the join URL: it lets a participant answer this session's open round and
    /// nothing else.
    public var joinCode: String { secrets.joinCode }
    /// The participants' path, to append to the server's base URL.
    public var joinPath: String { "/join/\(joinCode)" }
    /// The presenter view's path: it holds the join code, which the view projects anyway, and
    /// nothing that lets anyone change anything.
    public var presenterPath: String { "/present/\(joinCode)" }
    /// The facilitator's path, known only when its secret was made by this run (the database
    /// keeps only its hash).
    public var facilitatorPath: String? { secrets.newFacilitatorSecret.map(Self.facilitatorPath) }

    /// The facilitator's path for `secret`.
    static func facilitatorPath(_ secret: String) -> String { "/facilitator/\(secret)" }

    /// Whether `given` is the facilitator's secret: its SHA-256 compared in constant time.
    func isFacilitatorSecret(_ given: String) -> Bool {
        Secret.matches(Digest.sha256Hex(given), secrets.facilitatorSecretSHA256)
    }
}
