import Foundation
import Testing

/// Issue 19: `accord serve` with a self-signed certificate accepts TLS 1.2 and 1.3 only, and
/// under TLS 1.2 only forward-secret AEAD suites (Mozilla "intermediate"), probed with
/// Debian's `openssl s_client` on loopback.
@Suite(.serialized) struct TLSBaselineTests {
    /// One handshake: whether it completed, and what `s_client -brief` said.
    static func handshake(port: Int, _ options: [String]) throws -> (completed: Bool, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        process.arguments = ["s_client", "-brief", "-connect", "127.0.0.1:\(port)"] + options
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        return (process.terminationStatus == 0 && text.contains("Ciphersuite:"), text)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl")))
    func onlyTLS12And13WithForwardSecretAEADSuitesAreAccepted() throws {
        let folder = try AccordProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let certificate = folder.appendingPathComponent("room.pem").path
        let key = folder.appendingPathComponent("room-key.pem").path
        try ServeCommandTests.runTool(
            "/usr/bin/openssl",
            ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=accord", "-keyout", key,
             "-out", certificate])
        let server = try ServeCommandTests.Server(extraArguments: ["--tls-cert", certificate, "--tls-key", key])
        defer { _ = server.stop() }
        #expect(try ServeCommandTests.status(of: server.join) == 200)

        // The client offers the old versions at security level 0, so a refusal is the server's.
        for version in ["-tls1", "-tls1_1"] {
            let probe = try Self.handshake(port: server.port, [version, "-cipher", "DEFAULT:@SECLEVEL=0"])
            #expect(!probe.completed, "\(version) was accepted: \(probe.output)")
        }
        // CBC, SHA-1 and RSA key exchange under TLS 1.2.
        for suite in ["ECDHE-RSA-AES128-SHA", "AES128-SHA", "AES256-SHA", "AES128-GCM-SHA256", "ECDHE-RSA-AES256-SHA"] {
            let probe = try Self.handshake(port: server.port, ["-tls1_2", "-cipher", suite])
            #expect(!probe.completed, "\(suite) was accepted: \(probe.output)")
        }
        for suite in ["ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-RSA-CHACHA20-POLY1305"] {
            let allowed = try Self.handshake(port: server.port, ["-tls1_2", "-cipher", suite])
            #expect(allowed.completed, "\(suite): \(allowed.output)")
            #expect(allowed.output.contains("Protocol version: TLSv1.2"))
            #expect(allowed.output.contains("Ciphersuite: \(suite)"))
        }
        let modern = try Self.handshake(port: server.port, ["-tls1_3"])
        #expect(modern.completed, "\(modern.output)")
        #expect(modern.output.contains("Protocol version: TLSv1.3"))
    }
}
