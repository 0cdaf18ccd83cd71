import AccordServer
import Testing

/// The join QR code comes from libqrencode: a real code, with its finder patterns.
@Suite struct QRCodeTests {
    @Test func theJoinURLBecomesAQRCodeWithFinderPatterns() throws {
        let code = try #require(QRCode("http://192.168.1.20:8080/join/abcdefghjkmnpqrstwxyz2"))
        #expect(code.width >= 21 && (code.width - 21) % 4 == 0)
        for (x, y) in [(0, 0), (code.width - 7, 0), (0, code.width - 7)] {
            #expect(code.isDark(x: x, y: y) && code.isDark(x: x + 6, y: y + 6))
            #expect(!code.isDark(x: x + 1, y: y + 1))
            #expect(code.isDark(x: x + 3, y: y + 3))
        }
        #expect(!code.isDark(x: -1, y: 0))
        let lines = code.terminalText.split(separator: "\n")
        #expect(lines.count == (code.width + 4 + 1) / 2)
        #expect(lines.allSatisfy { $0.count == code.width + 4 })
        #expect(code.svg(label: "join").contains("<path d=\"M4 4h1v1h-1z"))
    }
}
