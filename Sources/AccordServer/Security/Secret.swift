/// Unguessable codes from the system's cryptographic generator, and comparison of secrets in
/// constant time (a timing difference must not tell an attacker how much of a code was right).
public enum Secret {
    /// Letters and digits that are not mistaken for one another when read off a screen.
    static let alphabet = Array("abcdefghjkmnpqrstwxyz23456789")

    /// A random code of `length` characters; 22 characters carry more than 100 bits.
    public static func code(length: Int = 22) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// Whether `given` equals `expected`, taking the same time wherever they differ.
    public static func matches(_ given: String, _ expected: String) -> Bool {
        let given = Array(given.utf8)
        let expected = Array(expected.utf8)
        var difference = UInt8(truncatingIfNeeded: given.count ^ expected.count)
        for index in expected.indices {
            difference |= expected[index] ^ (index < given.count ? given[index] : 0)
        }
        return difference == 0 && given.count == expected.count
    }
}
