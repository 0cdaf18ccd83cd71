import AccordCore
import AccordStore
import Foundation
import Testing

@Suite struct ImportTests {
    static func write(_ lines: [String], in fixture: StoreFixture) throws -> String {
        let path = fixture.folder.appendingPathComponent("import-\(UUID().uuidString).jsonl").path
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static let good =
        #"{"partner": "Acme", "level": "management", "answers": {"vision": 4, "goal": "cost"}, "predictions": {"vision": 2}}"#

    @Test func aGoodFileIsStoredWhole() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        let file = try Self.write(
            [
                Self.good,
                #"{"partner": "Globex", "level": "execution", "round": 1, "answers": {"vision": "dont-know", "goal": "markets", "comment": "ok", "trust": true}}"#,
                "",
                #"{"partner": "Acme", "level": "execution", "answers": {"vision": 1, "goal": "markets", "months": 3}}"#
                    + "\r",
            ], in: fixture)
        let summary = try fixture.store.importSubmissions(session: "s", path: file)
        #expect(summary.count == 3 && summary.countsByRound == [1: 3])
        var partners: [String] = []
        try fixture.store.forEachSubmission(session: "s", round: 1) { partners.append($0.partner) }
        #expect(partners.sorted() == ["Acme", "Acme", "Globex"])
    }

    @Test func everyBadLineIsReportedWithItsNumberAndNothingIsStored() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        let file = try Self.write(
            [
                Self.good,
                #"{"partner": "Acme", "level": "management", "answers": {"vision": 9, "goal": "cost"}}"#,
                #"{"partner": "Initech", "level": "management", "answers": {"vision": 3, "goal": "cost"}}"#,
                #"{"partner": "Acme", "level": "boss", "answers": {"vision": 3, "goal": "cost"}, "name": "Jane"}"#,
                #"{"partner": "Acme", "level": "management", "answers": {"vision": 3"#,
                Self.good,
                #"{"partner": "Acme", "level": "management", "answers": {"vision": 3, "goal": "cost", "nope": 1}}"#,
                #"{"partner": "Acme", "level": "management", "round": 2, "answers": {"vision": 3, "goal": "cost"}}"#,
                #"[1, 2]"#,
            ], in: fixture)
        do {
            _ = try fixture.store.importSubmissions(session: "s", path: file, name: "answers.jsonl")
            Issue.record("a bad file was imported")
        } catch {
            guard case .importFailed(let name, let problems, let truncated) = error else { throw error }
            #expect(name == "answers.jsonl" && !truncated)
            let lines = Set(problems.map(\.line))
            #expect(lines == [2, 3, 4, 5, 7, 8, 9])
            let text = problems.map(\.description).joined(separator: "\n")
            #expect(text.contains("answers.jsonl:2: question 'vision': 9 is not on this scale"))
            #expect(text.contains("answers.jsonl:3: session 's': 'Initech' is not a partner"))
            #expect(text.contains("answers.jsonl:4: unknown key 'name'"))
            #expect(text.contains("answers.jsonl:4: 'level' must be"))
            #expect(text.contains("answers.jsonl:5: not valid JSON"))
            #expect(text.contains("answers.jsonl:7: question 'nope'"))
            #expect(text.contains("answers.jsonl:8: session 's' has no round 2"))
            #expect(text.contains("answers.jsonl:9: expected a JSON object"))
        }
        #expect(try fixture.store.submissionCount(session: "s", round: 1) == 0)
    }

    @Test func problemsAreCappedAndSaidToBe() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        let file = try Self.write(Array(repeating: "{}", count: 500), in: fixture)
        #expect {
            _ = try fixture.store.importSubmissions(session: "s", path: file)
        } throws: { error in
            guard case StoreError.importFailed(_, let problems, let truncated) = error else { return false }
            return problems.count == AnswerStore.maxImportProblems && truncated
        }
    }

    @Test func aClosedRoundOrAMissingFileStoresNothing() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        try fixture.store.closeRound(session: "s")
        let file = try Self.write([Self.good], in: fixture)
        #expect(throws: StoreError.self) { try fixture.store.importSubmissions(session: "s", path: file) }
        #expect(throws: StoreError.self) { try fixture.store.importSubmissions(session: "s", path: file + ".missing") }
        #expect(try fixture.store.submissionCount(session: "s", round: 1) == 0)
    }

    @Test func linesLongerThanOneReadChunkAreRead() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        // A 150-character comment in a 1.1 MiB file read in 1 MiB chunks: lines cross chunk ends.
        let line =
            #"{"partner": "Acme", "level": "management", "answers": {"vision": 4, "goal": "cost", "comment": ""#
            + String(repeating: "é", count: 150) + #""}}"#
        let count = (1 << 20) / line.utf8.count + 50
        let file = try Self.write(Array(repeating: line, count: count), in: fixture)
        #expect(try fixture.store.importSubmissions(session: "s", path: file).count == count)
    }
}

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
