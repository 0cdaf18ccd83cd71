import Hummingbird
import NIOCore

/// The request context of `accord serve`: Hummingbird's basics plus the client's address,
/// used only in memory to bound how many drafts one client starts (never stored or logged).
public struct ServeRequestContext: RequestContext, RemoteAddressRequestContext {
    /// Hummingbird's per-request storage.
    public var coreContext: CoreRequestContextStorage
    /// The connected client's address, when the channel has one.
    public let remoteAddress: SocketAddress?

    /// Creates the context of a request arriving on `source`'s channel.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// The client's IP address, or `"unknown"`.
    var clientKey: String { remoteAddress?.ipAddress ?? "unknown" }

    /// The client's IP address; behind a reverse proxy on this machine (`isBehindProxy`), the
    /// one the proxy names in `X-Real-IP` for a request from a loopback address.
    func clientKey(of request: Request, isBehindProxy: Bool) -> String {
        if isBehindProxy, let address = remoteAddress?.ipAddress, NetworkAddress.isLoopback(address),
            let forwarded = request.headers[.init("X-Real-IP")!], !forwarded.isEmpty
        {
            return forwarded
        }
        return clientKey
    }
}
