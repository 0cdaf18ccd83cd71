import AccordCore
import AccordStore
import Foundation
import Testing

/// Issue 18 case 1 through the export (rule 8): the integer-programming attacker
/// `scripts/milp-attack.py` reads a round's whole export (JSON Lines, every answer row with the
/// labels of its question's grouping) and the workshop file, and looks for a hidden quantity it
/// can bound more tightly than any subset of the hidden group's size allows. The sessions are
/// `Tests/AccordCoreTests/Fixtures/linked/sessions.json` (issue 18's three shapes, then random
/// small sessions with follow-ups); the report's side is `LinkedQuestionAttackTests`. On SQLite
/// (hundreds of sessions): the export is written once over either backend's rows, and
/// `BackendAggregationTests` checks PostgreSQL's export is the same, row for row.
@Suite(.serialized) struct ExportLinkedAttackTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let linked = root.appendingPathComponent("Tests/AccordCoreTests/Fixtures/linked")

    /// Imports each session's submissions (`sessions.json` holds them in the import format),
    /// closes the round, exports it, and runs the attacker on every export at once: the facts
    /// found, by session name.
    static func facts(sessions range: Range<Int>) async throws -> [String: [String]] {
        let data = try Data(contentsOf: linked.appendingPathComponent("sessions.json"))
        let sessions = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])[range]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-linked-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var cases: [[String: Any]] = []
        for (index, session) in zip(range, sessions) {
            let name = try #require(session["name"] as? String)
            let workshopFile = linked.appendingPathComponent(try #require(session["workshop"] as? String))
            let fixture = try StoreFixture(workshop: try WorkshopLoader().load(contentsOf: workshopFile))
            defer { fixture.remove() }
            try fixture.session()
            let lines = try #require(session["submissions"] as? [[String: Any]]).map {
                String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self)
            }
            let input = folder.appendingPathComponent("import-\(index).jsonl")
            try Data(lines.joined(separator: "\n").utf8).write(to: input)
            try fixture.store.importSubmissions(session: "s", path: input.path)
            try fixture.store.closeRound(session: "s")
            var output = ""
            _ = try await fixture.store.exportAnswers(session: "s", format: .jsonl) { output += $0 }
            let export = folder.appendingPathComponent("export-\(index).jsonl")
            try Data(output.utf8).write(to: export)
            cases.append([
                "name": name, "workshop": workshopFile.path, "partners": ["Acme", "Globex"], "report": NSNull(),
                "export": export.path,
            ])
        }
        let list = folder.appendingPathComponent("cases.json")
        try JSONSerialization.data(withJSONObject: cases).write(to: list)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("scripts/milp-attack.py").path, list.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let result = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: result) as? [String: Any])
        var facts: [String: [String]] = [:]
        for item in try #require(object["cases"] as? [[String: Any]]) {
            facts[try #require(item["name"] as? String)] = item["facts"] as? [String] ?? []
        }
        #expect(facts.count == range.count)
        return facts
    }

    @Test func theShapesOfTheIssueGiveNoHiddenGroupAway() async throws {
        for (name, found) in try await Self.facts(sessions: 0..<3) { #expect(found == [], "\(name)") }
    }

    @Test func aCampaignOfSmallSessionsGivesNoHiddenGroupAway() async throws {
        for (name, found) in try await Self.facts(sessions: 3..<13) { #expect(found == [], "\(name)") }
    }
}
