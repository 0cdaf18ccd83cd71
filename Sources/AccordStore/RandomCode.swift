/// Random identifiers from the system's cryptographic generator: nothing about when or in which
/// order they were made can be read from them.
package enum RandomCode {
    /// Letters and digits that cannot be mistaken for one another when read aloud or typed
    /// (no 0/O, 1/I/L, U/V).
    static let alphabet = Array("ABCDEFGHJKMNPQRSTWXYZ23456789")

    /// A resume code of `length` characters, such as `K7PQ-MX3RTW` without the dash.
    package static func resumeCode(length: Int = 10) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// A session id: 8 lowercase characters from the same alphabet.
    package static func sessionID() -> String { resumeCode(length: 8).lowercased() }

    /// 128 random bits, the key of a submission.
    package static func submissionKey() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16)
        for _ in 0..<2 {
            var word = generator.next() as UInt64
            for _ in 0..<8 {
                bytes.append(UInt8(truncatingIfNeeded: word))
                word >>= 8
            }
        }
        return bytes
    }
}
