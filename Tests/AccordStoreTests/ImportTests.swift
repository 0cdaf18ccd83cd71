import AccordCore
import AccordStore
import Foundation
import Testing

/// Files for the SQLite store's import tests. The import's promises (a file whole or nothing,
/// every bad line named, capped problems, long lines) are `BackendImportTests`, on both backends.
enum ImportTests {
    static func write(_ lines: [String], in fixture: StoreFixture) throws -> String {
        let path = fixture.folder.appendingPathComponent("import-\(UUID().uuidString).jsonl").path
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static let good =
        #"{"partner": "Acme", "level": "management", "answers": {"vision": 4, "goal": "cost"}, "predictions": {"vision": 2}}"#
}

/// `forEachSubmission`, SQLite's typed reader (the demo's and the tests'); what both backends
/// stream to the report and the export is compared in `BackendAggregationTests`.
@Suite struct StreamingReadTests {
    @Test func forEachSubmissionReadsEveryRowOfItsRoundOnly() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        let lines = (0..<3000).map { index in
            #"{"partner": "\#(index % 3 == 0 ? "Globex" : "Acme")", "level": "execution", "answers": {"vision": \#(1 + index % 5), "goal": "cost", "comment": "row \#(index)"}}"#
        }
        try fixture.store.importSubmissions(session: "s", path: try ImportTests.write(lines, in: fixture))
        try fixture.store.closeRound(session: "s")
        try fixture.store.openRound(session: "s")
        try fixture.store.submit(StoreFixture.submission(comment: "row 1"), session: "s")
        var rows = Set<String>()
        var globex = 0
        try fixture.store.forEachSubmission(session: "s", round: 1) { submission in
            #expect(submission.round == 1)
            if case .text(let text)? = submission.answers["comment"] { rows.insert(text) }
            if submission.partner == "Globex" { globex += 1 }
        }
        #expect(rows == Set((0..<3000).map { "row \($0)" }) && globex == 1000)
        var second = 0
        try fixture.store.forEachSubmission(session: "s", round: 2) { _ in second += 1 }
        #expect(second == 1)
    }
}
