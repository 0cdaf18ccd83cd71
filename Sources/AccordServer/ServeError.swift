import Foundation

/// Why `accord serve` cannot start.
public enum ServeError: Error, Sendable, LocalizedError {
    /// The TLS certificate or key could not be read.
    case unreadableTLSFile(path: String, reason: String)
    /// Only one of `--tls-cert` and `--tls-key` was given.
    case incompleteTLS
    /// The server could not listen or stopped with an error (a port in use, a permission).
    case cannotServe(address: String, reason: String)
    /// The join URL is too long to draw as a QR code.
    case urlTooLongForQRCode(String)

    /// A message that says what to fix.
    public var errorDescription: String? {
        switch self {
        case .unreadableTLSFile(let path, let reason): "cannot read TLS file \(path): \(reason)"
        case .incompleteTLS: "--tls-cert and --tls-key go together: give both or neither"
        case .cannotServe(let address, let reason): "cannot serve on \(address): \(reason)"
        case .urlTooLongForQRCode(let url): "the join URL is too long for a QR code: \(url)"
        }
    }
}
