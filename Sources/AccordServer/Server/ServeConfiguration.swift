/// What `accord serve` needs to know about the session it serves and the secrets it hands out.
public struct ServeConfiguration: Sendable {
    /// The session answered through this server.
    public var sessionID: String
    /// The code in the join URL: it lets a participant answer this session's open round and
    /// nothing else.
    public var joinCode: String
    /// The facilitator's secret: it alone reads counts, opens and closes rounds and reads
    /// reports.
    public var facilitatorToken: String
    /// The largest request body accepted, in bytes; larger ones get 413 and nothing is read.
    public var maxBodyBytes: Int
    /// Whether pages are served over HTTPS (cookies are then marked `Secure`).
    public var isHTTPS: Bool

    /// Creates a configuration; by default with fresh random secrets.
    public init(
        sessionID: String, joinCode: String = Secret.code(), facilitatorToken: String = Secret.code(length: 32),
        maxBodyBytes: Int = 64 * 1024, isHTTPS: Bool = false
    ) {
        self.sessionID = sessionID
        self.joinCode = joinCode
        self.facilitatorToken = facilitatorToken
        self.maxBodyBytes = maxBodyBytes
        self.isHTTPS = isHTTPS
    }

    /// The participants' path, to append to the server's base URL.
    public var joinPath: String { "/join/\(joinCode)" }
    /// The facilitator's path, to append to the server's base URL.
    public var facilitatorPath: String { "/facilitator/\(facilitatorToken)" }
}
