import Foundation
import GRDB

/// A temporary folder with a database, a small workshop file and helpers to write import files,
/// for whole runs of the built `accord` against the store.
struct StoreCLIFixture {
    /// A small workshop in format version 1 (docs/workshop-format.md).
    static let workshopJSON = """
        {
          "formatVersion": 1, "id": "store-cli", "version": "1.0.0", "title": "Store CLI test", "language": "en",
          "anonymity": {"minGroupSize": 3, "minGroupSizeForText": 5},
          "scales": [{"id": "agree5", "points": [
            {"value": 1, "label": "Strongly disagree"}, {"value": 2, "label": "Disagree"},
            {"value": 3, "label": "Neither"}, {"value": 4, "label": "Agree"}, {"value": 5, "label": "Strongly agree"}]}],
          "sections": [{"id": "main", "title": "Main", "questions": [
            {"id": "vision", "type": "scale", "scale": "agree5", "prompt": "We share one vision.",
             "predict": true, "allowDontKnow": true},
            {"id": "goal", "type": "choice", "prompt": "Top goal?",
             "options": [{"id": "markets", "label": "New markets"}, {"id": "cost", "label": "Lower cost"}]},
            {"id": "months", "type": "number", "prompt": "Months to results?", "min": 0, "max": 100000,
             "integer": true, "required": false},
            {"id": "comment", "type": "text", "prompt": "Anything else?", "required": false}
          ]}]
        }
        """

    let folder: URL
    var database: String { folder.appendingPathComponent("data/accord.sqlite").path }
    var workshop: String { folder.appendingPathComponent("workshop.json").path }
    var environment: [String: String] { ["ACCORD_DB": database] }

    init() throws {
        folder = try AccordProcess.temporaryDirectory()
        try Data(Self.workshopJSON.utf8).write(to: URL(fileURLWithPath: workshop))
    }

    /// Runs `accord` against this fixture's database.
    @discardableResult
    func accord(_ arguments: [String]) throws -> AccordProcess.Result {
        try AccordProcess.run(arguments, environment: environment)
    }

    /// Makes a session and returns its id.
    func newSession(id: String = "s1") throws -> String {
        let result = try accord(["session", "new", "--workshop", workshop, "--partners", "Acme,Globex", "--id", id])
        guard result.status == 0 else { throw FixtureError(message: result.stderr) }
        return result.stdout.trimmingCharacters(in: .newlines)
    }

    /// One import line; `index` makes each distinct.
    static func line(partner: String = "Acme", level: String = "management", vision: Int = 4, index: Int = 0) -> String
    {
        #"{"partner": "\#(partner)", "level": "\#(level)", "answers": {"vision": \#(vision), "goal": "cost", "months": \#(index)}, "predictions": {"vision": 3}}"#
    }

    /// Writes `lines` to a file in the fixture folder and returns its path.
    func file(_ name: String, _ lines: [String]) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Streams `count` lines into a file without holding them all.
    func largeFile(_ name: String, count: Int) throws -> String {
        let path = folder.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        var chunk = ""
        for index in 0..<count {
            let partner = index % 2 == 0 ? "Acme" : "Globex"
            chunk +=
                Self.line(
                    partner: partner, level: index % 3 == 0 ? "execution" : "management", vision: 1 + index % 5,
                    index: index) + "\n"
            if chunk.utf8.count > 1 << 20 {
                try handle.write(contentsOf: Data(chunk.utf8))
                chunk = ""
            }
        }
        try handle.write(contentsOf: Data(chunk.utf8))
        try handle.close()
        return path
    }

    /// Runs `accord arguments` once per delay and kills it with SIGKILL after that many
    /// seconds (while it checks lines, moves rows, commits), calling `check` after each kill;
    /// returns how many runs were still going when killed. The kill -9 tests of both backends.
    func killRepeatedly(
        _ arguments: [String], delays: [Double] = [0.3, 1.0, 2.0, 3.0, 4.5], afterEach check: (Double) throws -> Void
    ) throws -> Int {
        var killedMidway = 0
        for delay in delays {
            let process = Process()
            process.executableURL = AccordProcess.executable
            process.arguments = arguments
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(delay * 1_000_000))
            if process.isRunning { killedMidway += 1 }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try check(delay)
        }
        return killedMidway
    }

    /// Counts submissions with a connection of its own, as another program would.
    func submissionCount() throws -> Int {
        try DatabaseQueue(path: database).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM submission") ?? 0 }
    }

    /// `PRAGMA integrity_check`'s answer.
    func integrity() throws -> String {
        try DatabaseQueue(path: database).read { try String.fetchOne($0, sql: "PRAGMA integrity_check") ?? "" }
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    struct FixtureError: Error { var message: String }
}
