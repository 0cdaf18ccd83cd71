import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `accord serve` as a participant's browser meets it: the built executable on a real port,
/// over HTTP and over TLS, stopped with Ctrl-C.
@Suite(.serialized) struct ServeCommandTests {
    /// A running `accord serve` with the URLs it printed.
    final class Server {
        let process = Process()
        let folder: URL
        let database: String
        let port: Int
        var join = ""
        var facilitator = ""
        private let output = Pipe()
        private let errors = Pipe()

        private let ownsFolder: Bool

        /// Starts `accord serve` on a new session, or (with `restarting`) on the folder of a
        /// server stopped before, which keeps its database, or on `session` of the database
        /// `accord.sqlite` in `folder` (the caller's, left in place).
        init(
            extraArguments: [String] = [], restarting earlier: Server? = nil,
            session: (folder: URL, id: String)? = nil
        ) throws {
            ownsFolder = earlier == nil && session == nil
            folder = try session?.folder ?? earlier?.folder ?? AccordProcess.temporaryDirectory()
            database = folder.appendingPathComponent("accord.sqlite").path
            port = try Self.freePort()
            if earlier == nil && session == nil {
                let workshop = AccordProcess.repositoryRoot.appendingPathComponent("questionnaires/common-vision.json").path
                let created = try AccordProcess.run(
                    ["session", "new", "--db", database, "--workshop", workshop, "--partners", "Acme,Globex", "--id", "room"])
                #expect(created.status == 0, "\(created.stderr)")
            }
            process.executableURL = AccordProcess.executable
            process.arguments =
                ["serve", "--db", database, "--session", session?.id ?? "room", "--port", String(port)] + extraArguments
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            // The two URLs come on stdout, one a line, before the server listens.
            var text = ""
            let deadline = Date().addingTimeInterval(20)
            while text.components(separatedBy: "\n").count < 3, Date() < deadline, process.isRunning {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                text += String(decoding: chunk, as: UTF8.self)
            }
            for line in text.split(separator: "\n") {
                if line.hasPrefix("join: ") { join = String(line.dropFirst(6)) }
                if line.hasPrefix("facilitator: ") { facilitator = String(line.dropFirst(13)) }
            }
        }

        /// Sends Ctrl-C and returns the exit status and what was said on stderr; with
        /// `keepingDatabase`, the folder stays for a restart.
        func stop(keepingDatabase: Bool = false) -> (status: Int32, stderr: String) {
            process.interrupt()
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            if !keepingDatabase && ownsFolder { try? FileManager.default.removeItem(at: folder) }
            return (process.terminationStatus, stderr)
        }

        static func freePort() throws -> Int {
            let handle = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            defer { close(handle) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            try withUnsafeMutablePointer(to: &address) { pointer in
                try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
                    guard bind(handle, raw, length) == 0, getsockname(handle, raw, &length) == 0 else {
                        throw CocoaError(.fileWriteUnknown)
                    }
                }
            }
            return Int(UInt16(bigEndian: address.sin_port))
        }
    }

    /// `curl` the URL (real HTTP client, TLS verification off for a self-signed certificate);
    /// the status code, or 0 when no HTTP answer came, retried for up to 10 s while the
    /// server starts.
    static func status(of url: String) throws -> Int {
        var code = 0
        for _ in 0..<50 {
            let result = try Self.runTool("/usr/bin/curl", ["-sk", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "5", url])
            code = Int(result.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
            if code != 0 { return code }
            Thread.sleep(forTimeInterval: 0.2)
        }
        return code
    }

    @discardableResult
    static func runTool(_ path: String, _ arguments: [String]) throws -> String {
        String(decoding: try output(of: path, arguments), as: UTF8.self)
    }

    /// Runs the tool and returns its standard output as it wrote it.
    static func output(of path: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    /// `curl` the URL: the body, byte for byte.
    static func body(of url: String) throws -> Data {
        _ = try status(of: url)  // waits until the server answers
        return try output(of: "/usr/bin/curl", ["-sk", "--max-time", "10", url])
    }

    /// Issue 15: the facilitator's report page is `accord report --format html` of the same
    /// round, byte for byte, with the trend since the round before and the agreed actions
    /// (it used to be a lesser page of its own, without either).
    @Test func theReportPageIsTheReportCommandsHTMLByteForByte() throws {
        let fixture = try FacilitationFixture()
        defer { fixture.remove() }
        try fixture.roundOneButOne()
        try fixture.submit([("Globex", "execution", [2])])
        let first = try fixture.run(
            ["facilitate", "--session", fixture.id],
            stdin: "close\nreveal\naction add --owner Globex --due 2 --about 1 Hold a joint vision day\nopen\n")
        #expect(first.status == 0, "\(first.stderr)")
        try fixture.roundTwo()
        #expect(try fixture.run(["facilitate", "--session", fixture.id], stdin: "close\n").status == 0)

        let command = try fixture.run(
            ["report", "--session", fixture.id, "--format", "html", "--round", "2", "--compare-round", "1"])
        #expect(command.status == 0, "\(command.stderr)")
        #expect(command.stdout.contains("Hold a joint vision day"))  // the actions
        #expect(command.stdout.contains("since round 1"))  // the trend

        let server = try Server(session: (fixture.folder, fixture.id))
        defer { _ = server.stop() }
        let page = try Self.body(of: server.facilitator + "/report/2")
        #expect(page == Data(command.stdout.utf8))
        let roundOne = try fixture.run(["report", "--session", fixture.id, "--format", "html", "--round", "1"])
        #expect(try Self.body(of: server.facilitator + "/report/1") == Data(roundOne.stdout.utf8))
    }

    @Test func servesOnLoopbackPrintsBothURLsAndStopsWithCtrlC() throws {
        let server = try Server()
        #expect(server.join.hasPrefix("http://127.0.0.1:"))
        #expect(server.facilitator.hasPrefix("http://127.0.0.1:"))
        #expect(try Self.status(of: server.join) == 200)
        #expect(try Self.status(of: server.facilitator) == 200)
        #expect(try Self.status(of: server.join + "x") == 404)
        // A second server on the same port says so, and announces no address that does not work.
        let second = try AccordProcess.run(
            ["serve", "--db", server.database, "--session", "room", "--port", String(server.port)])
        #expect(second.status != 0 && second.status != 130)
        #expect(second.stderr.contains("cannot serve on 127.0.0.1:\(server.port)"))
        #expect(second.stdout.isEmpty)
        let (status, stderr) = server.stop()
        #expect(status == 130)
        #expect(stderr.contains("█"))  // the QR code
        #expect(!stderr.contains("warning"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl")))
    func servesHTTPSWithTheGivenCertificate() throws {
        let folder = try AccordProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let certificate = folder.appendingPathComponent("room.pem").path
        let key = folder.appendingPathComponent("room-key.pem").path
        try Self.runTool(
            "/usr/bin/openssl",
            ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=accord", "-keyout", key,
             "-out", certificate])
        let server = try Server(extraArguments: ["--tls-cert", certificate, "--tls-key", key])
        #expect(server.join.hasPrefix("https://127.0.0.1:"))
        #expect(try Self.status(of: server.join) == 200)
        let plain = server.join.replacingOccurrences(of: "https://", with: "http://")
        let answer = try Self.runTool("/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "5", plain])
        #expect(answer != "200")  // no HTTP in clear on the TLS port
        #expect(server.stop().status == 130)
    }

    /// Issue 11, case 3: a restarted server takes the same join link and facilitator link;
    /// `--new-join-code` replaces both, `--new-facilitator-link` only the facilitator's.
    @Test func aRestartKeepsTheLinksAndNewJoinCodeReplacesThem() throws {
        let first = try Server()
        defer { try? FileManager.default.removeItem(at: first.folder) }
        #expect(try Self.status(of: first.facilitator) == 200)
        #expect(first.stop(keepingDatabase: true).status == 130)

        let second = try Server(restarting: first)
        let samePort = { (url: String) in url.replacingOccurrences(of: ":\(first.port)/", with: ":\(second.port)/") }
        #expect(second.join == samePort(first.join))
        #expect(second.facilitator.contains("kept only as a hash"))
        #expect(try Self.status(of: samePort(first.join)) == 200)
        #expect(try Self.status(of: samePort(first.facilitator)) == 200)
        #expect(second.stop(keepingDatabase: true).status == 130)

        let third = try Server(extraArguments: ["--new-join-code"], restarting: first)
        let oldJoin = first.join.replacingOccurrences(of: ":\(first.port)/", with: ":\(third.port)/")
        #expect(third.join != oldJoin && third.join.hasPrefix("http://127.0.0.1:"))
        #expect(third.facilitator.hasPrefix("http://127.0.0.1:"))
        #expect(try Self.status(of: third.join) == 200)
        #expect(try Self.status(of: oldJoin) == 404)
        #expect(try Self.status(of: third.facilitator) == 200)
        #expect(third.stop(keepingDatabase: true).status == 130)

        // A lost facilitator address: only it is replaced, the join link stays.
        let fourth = try Server(extraArguments: ["--new-facilitator-link"], restarting: first)
        let move = { (url: String) in url.replacingOccurrences(of: ":\(third.port)/", with: ":\(fourth.port)/") }
        #expect(fourth.join == move(third.join))
        #expect(fourth.facilitator.hasPrefix("http://127.0.0.1:") && fourth.facilitator != move(third.facilitator))
        #expect(try Self.status(of: fourth.facilitator) == 200)
        #expect(try Self.status(of: move(third.facilitator)) == 404)
        #expect(fourth.stop(keepingDatabase: true).status == 130)
    }

    @Test func tlsNeedsBothFilesAndReadableOnes() throws {
        let half = try AccordProcess.run(["serve", "--session", "room", "--tls-cert", "room.pem"])
        #expect(half.status != 0)
        #expect(half.stderr.contains("--tls-cert and --tls-key go together"))
        let folder = try AccordProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("accord.sqlite").path
        let workshop = AccordProcess.repositoryRoot.appendingPathComponent("questionnaires/common-vision.json").path
        try AccordProcess.run(
            ["session", "new", "--db", database, "--workshop", workshop, "--partners", "Acme,Globex", "--id", "room"])
        let missing = try AccordProcess.run(
            ["serve", "--db", database, "--session", "room", "--tls-cert", "/nonexistent/cert.pem", "--tls-key",
             "/nonexistent/key.pem"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("cannot read TLS file /nonexistent/cert.pem"))
    }
}
