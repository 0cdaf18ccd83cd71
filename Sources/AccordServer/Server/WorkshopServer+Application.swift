import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import NIOSSL

extension WorkshopServer {
    /// The HTTP (or, with `tls`, HTTPS) server on `host`:`port`, ready to `runService()`;
    /// `onListening` runs once the port is bound, so addresses are announced only when they work.
    public func application(
        host: String, port: Int, tls: TLSConfiguration?, onListening: @escaping @Sendable () -> Void = {}
    ) throws -> some ApplicationProtocol {
        let address = ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil)
        let server: HTTPServerBuilder = try tls.map { try .tls(.http1(), tlsConfiguration: $0) } ?? .http1()
        return Application(
            router: router(), server: server, configuration: address, onServerRunning: { _ in onListening() })
    }

    /// A TLS server configuration from PEM files: the certificate chain and its private key.
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
        return TLSConfiguration.makeServerConfiguration(
            certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
    }
}
