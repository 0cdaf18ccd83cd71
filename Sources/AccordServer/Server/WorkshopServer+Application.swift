import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import NIOSSL

extension WorkshopServer {
    /// The HTTP (or, with `tls`, HTTPS) server on `host`:`port`, ready to `runService()`;
    /// `onListening` runs once the port is bound, so addresses are announced only when they work.
    /// Abandoned browser drafts are expired once as it starts, then periodically (`DraftExpiryService`).
    public func application(
        host: String, port: Int, tls: TLSConfiguration?, onListening: @escaping @Sendable () -> Void = {}
    ) throws -> some ApplicationProtocol {
        let address = ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil)
        let server: HTTPServerBuilder = try tls.map { try .tls(.http1(), tlsConfiguration: $0) } ?? .http1()
        return Application(
            router: router(), server: server, configuration: address, services: [DraftExpiryService(server: self)],
            onServerRunning: { _ in onListening() })
    }

    /// A TLS server configuration from PEM files: the certificate chain and its private key,
    /// restricted to `TLSBaseline` (TLS 1.2 and 1.3, forward-secret AEAD suites only).
    public static func tlsConfiguration(certificatePath: String, keyPath: String) throws -> TLSConfiguration {
        let chain: [NIOSSLCertificate]
        let key: NIOSSLPrivateKey
        do {
            chain = try NIOSSLCertificate.fromPEMFile(certificatePath)
        } catch {
            throw ServeError.unreadableTLSFile(path: certificatePath, reason: "\(error)")
        }
        do {
            key = try NIOSSLPrivateKey(file: keyPath, format: .pem)
        } catch {
            throw ServeError.unreadableTLSFile(path: keyPath, reason: "\(error)")
        }
        var configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
        TLSBaseline.apply(to: &configuration)
        return configuration
    }
}
