import NIOSSL

/// The server's TLS settings, in this one place: Mozilla's "intermediate" configuration
/// (https://wiki.mozilla.org/Security/Server_Side_TLS, version 5.7). TLS 1.2 and 1.3 only:
/// TLS 1.0 and 1.1 are deprecated (RFC 8996). Under TLS 1.2 only forward-secret ECDHE key
/// exchange with an AEAD cipher (AES-GCM or ChaCha20-Poly1305): no RSA key exchange (no
/// forward secrecy), no CBC (padding-oracle attacks), no SHA-1 MACs. TLS 1.3's own suites
/// are all AEAD and are left at BoringSSL's defaults. Mozilla also lists DHE suites, which
/// BoringSSL does not implement.
enum TLSBaseline {
    /// The oldest protocol version accepted.
    static let minimumVersion: TLSVersion = .tlsv12

    /// The TLS 1.2 suites accepted, strongest first.
    static let tls12CipherSuites: [NIOTLSCipher] = [
        .TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        .TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        .TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        .TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
        .TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
        .TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
    ]

    /// `configuration` restricted to the baseline.
    static func apply(to configuration: inout TLSConfiguration) {
        configuration.minimumTLSVersion = minimumVersion
        configuration.maximumTLSVersion = .tlsv13
        configuration.cipherSuiteValues = tls12CipherSuites
    }
}
