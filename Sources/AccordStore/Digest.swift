import Foundation

/// SHA-256 and HMAC-SHA-256 (RFC 2104) for secrets that must be checked without being kept:
/// the facilitator's secret is stored as its digest, and form tokens are keyed digests.
public enum Digest {
    /// The SHA-256 of `text`'s UTF-8 bytes, as 64 lowercase hex digits.
    public static func sha256Hex(_ text: String) -> String {
        SHA256.hex(Data(text.utf8))
    }

    /// The HMAC-SHA-256 of `message` under `key`, as 64 lowercase hex digits.
    public static func hmacSHA256Hex(key: [UInt8], message: String) -> String {
        let blockSize = 64
        var block = key.count > blockSize ? SHA256.digest(key) : key
        block += [UInt8](repeating: 0, count: blockSize - block.count)
        let inner = SHA256.digest(block.map { $0 ^ 0x36 } + Array(message.utf8))
        return SHA256.hex(of: SHA256.digest(block.map { $0 ^ 0x5c } + inner))
    }

    /// `count` bytes from the system's cryptographic generator.
    public static func randomBytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }
}
