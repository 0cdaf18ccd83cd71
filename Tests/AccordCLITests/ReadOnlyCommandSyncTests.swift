import Foundation
import GRDB
import Testing

/// Commands that only read never flush anything to disk: no `fsync`/`fdatasync` (each one
/// costs a disk flush and wakes a sleeping disk), whether the database is in rollback mode
/// (nobody else has it open) or in WAL mode with a server's connection open. Watched with
/// `strace`, where it is installed and may trace.
@Suite(.enabled(if: Strace.works, "needs strace and ptrace permission"))
struct ReadOnlyCommandSyncTests {
    static let strace = Strace.path

    /// The sync calls `accord arguments` made, as strace printed them.
    private func syncCalls(_ fixture: StoreCLIFixture, _ arguments: [String]) throws -> [String] {
        let log = fixture.folder.appendingPathComponent("strace-\(UUID().uuidString).log").path
        let result = try AccordProcess.run(
            arguments, environment: fixture.environment,
            launcher: [Self.strace, "-f", "-qq", "-e", "trace=fsync,fdatasync,sync_file_range,syncfs", "-o", log])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").map(String.init)
            .filter { $0.contains("sync") }
    }

    private static func readingCommands(session: String) -> [[String]] {
        [
            ["session", "list"], ["session", "show", session],
            ["report", "--session", session, "--format", "json"], ["report", "--session", session, "--format", "csv"],
            ["export", "--session", session],
        ]
    }

    @Test func readingCommandsMakeNoSyncCalls() throws {
        let fixture = try StoreCLIFixture()
        defer { fixture.remove() }
        let id = try fixture.newSession()
        let lines = (0..<12).map { StoreCLIFixture.line(partner: $0 % 2 == 0 ? "Acme" : "Globex", index: $0) }
        #expect(try fixture.accord(["import", "--session", id, fixture.file("in.jsonl", lines)]).status == 0)
        #expect(try fixture.accord(["round", "close", "--session", id]).status == 0)
        for arguments in Self.readingCommands(session: id) {
            #expect(try syncCalls(fixture, arguments) == [], "\(arguments) in rollback mode")
        }
        // A server's connection keeps the file in WAL mode, with -wal and -shm beside it.
        let server = try DatabaseQueue(path: fixture.database, configuration: {
            var configuration = Configuration()
            configuration.journalMode = .wal
            return configuration
        }())
        try server.read { _ = try Int.fetchOne($0, sql: "SELECT count(*) FROM submission") }
        for arguments in Self.readingCommands(session: id) {
            #expect(try syncCalls(fixture, arguments) == [], "\(arguments) in WAL mode")
        }
        try server.close()
    }
}

/// The `strace` tool, when installed and allowed to trace here.
enum Strace {
    static let path = "/usr/bin/strace"

    static let works: Bool = {
        guard FileManager.default.isExecutableFile(atPath: path) else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-qq", "-o", "/dev/null", "/bin/true"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()
}
