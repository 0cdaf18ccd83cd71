import Foundation
import Testing

@testable import AccordStore

/// SHA-256 on bytes (issue 16: form tokens no longer go through hex and back), checked
/// against known digests at every padding boundary.
@Suite struct DigestTests {
    @Test(arguments: [
        (0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
    ])
    func sha256OfRepeatedLetters(count: Int, expected: String) {
        #expect(Digest.sha256Hex(String(repeating: "a", count: count)) == expected)
        #expect(SHA256.hex(of: SHA256.digest(Array(repeating: UInt8(ascii: "a"), count: count))) == expected)
    }

    /// RFC 4231 test case 6: a key longer than the block is hashed first.
    @Test func hmacWithAKeyLongerThanTheBlock() {
        let key = [UInt8](repeating: 0xaa, count: 131)
        #expect(
            Digest.hmacSHA256Hex(key: key, message: "Test Using Larger Than Block-Size Key - Hash Key First")
                == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }
}
