import AccordCore
import AccordStore
import Foundation
import Testing

/// `importSubmissions` on every backend: the whole file or nothing, the same refusals.
@Suite struct BackendImportTests {
    static let badFile = [
        BackendFixture.line(),
        #"{"partner": "Acme", "level": "management", "answers": {"vision": 9, "goal": "cost"}}"#,
        #"{"partner": "Initech", "level": "management", "answers": {"vision": 3, "goal": "cost"}}"#,
        #"{"partner": "Acme", "level": "boss", "answers": {"vision": 3, "goal": "cost"}, "name": "Jane"}"#,
        #"{"partner": "Acme", "level": "management", "answers": {"vision": 3"#,
        BackendFixture.line(),
        #"{"partner": "Acme", "level": "management", "answers": {"vision": 3, "goal": "cost", "nope": 1}}"#,
        #"{"partner": "Acme", "level": "management", "round": 2, "answers": {"vision": 3, "goal": "cost"}}"#,
        #"[1, 2]"#,
    ]

    @Test(arguments: Backend.all)
    func aGoodFileIsStoredWhole(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        let summary = try await fixture.importLines([
            BackendFixture.line(),
            #"{"partner": "Globex", "level": "execution", "round": 1, "answers": {"vision": "dont-know", "goal": "markets", "comment": "tab\there, back\\slash, new\nline", "trust": true}}"#,
            "",
            #"{"partner": "Acme", "level": "execution", "answers": {"vision": 1, "goal": "markets", "months": 3}}"# + "\r",
        ])
        #expect(summary.count == 3 && summary.countsByRound == [1: 3])
        var rows: [StoredSubmission] = []
        try await fixture.store.forEachStoredSubmission(session: "s", round: 1) { rows.append($0) }
        #expect(rows.map(\.partner).sorted() == ["Acme", "Acme", "Globex"])
        #expect(rows.contains { $0.answers.contains(#""comment":"tab\there, back\\slash, new\nline""#) })
    }

    /// Both backends read the file through `ImportScan`: the same problems, the same words.
    @Test(arguments: Backend.all)
    func everyBadLineIsReportedWithItsNumberAndNothingIsStored(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        let problems = try await Self.refusal(of: Self.badFile, in: fixture)
        #expect(Set(problems.map(\.line)) == [2, 3, 4, 5, 7, 8, 9])
        let text = problems.map(\.description).joined(separator: "\n")
        #expect(text.contains("answers.jsonl:2: question 'vision': 9 is not on this scale"))
        #expect(text.contains("answers.jsonl:3: session 's': 'Initech' is not a partner"))
        #expect(text.contains("answers.jsonl:4: unknown key 'name'"))
        #expect(text.contains("answers.jsonl:4: 'level' must be"))
        #expect(text.contains("answers.jsonl:5: not valid JSON"))
        #expect(text.contains("answers.jsonl:7: question 'nope'"))
        #expect(text.contains("answers.jsonl:8: session 's' has no round 2"))
        #expect(text.contains("answers.jsonl:9: expected a JSON object"))
        #expect(try await fixture.submissionCount() == 0)
    }

    @Test(.enabled(if: Backend.all.contains(.postgres), Backend.unset))
    func theRefusalsAreTheSameWordForWordOnBothBackends() async throws {
        var refusals: [[String]] = []
        for backend in [Backend.sqlite, .postgres] {
            let fixture = try await BackendFixture(backend)
            defer { fixture.remove() }
            try await fixture.session()
            refusals.append(try await Self.refusal(of: Self.badFile, in: fixture).map(\.description))
        }
        #expect(refusals[0] == refusals[1])
    }

    @Test(arguments: Backend.all)
    func aClosedRoundOrAMissingFileStoresNothing(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        try await fixture.store.closeRound(session: "s")
        let file = try fixture.file([BackendFixture.line()])
        await #expect(throws: StoreError.self) { try await fixture.store.importSubmissions(session: "s", path: file, name: nil) }
        await #expect(throws: StoreError.self) {
            try await fixture.store.importSubmissions(session: "s", path: file + ".missing", name: nil)
        }
        await expectError(StoreError.unknownSession("other")) {
            _ = try await fixture.store.importSubmissions(session: "other", path: file, name: nil)
        }
        #expect(try await fixture.submissionCount() == 0)
    }

    @Test(arguments: Backend.all)
    func problemsAreCappedAndSaidToBe(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        do {
            try await fixture.store.importSubmissions(
                session: "s", path: try fixture.file(Array(repeating: "{}", count: 500)), name: nil)
            Issue.record("a bad file was imported")
        } catch StoreError.importFailed(_, let problems, let truncated) {
            #expect(problems.count == AnswerStore.maxImportProblems && truncated)
        }
    }

    /// A 150-character comment in a 1.1 MiB file read in 1 MiB chunks: lines cross chunk ends.
    @Test(arguments: Backend.all)
    func linesLongerThanOneReadChunkAreRead(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        let line =
            #"{"partner": "Acme", "level": "management", "answers": {"vision": 4, "goal": "cost", "comment": ""#
            + String(repeating: "é", count: 150) + #""}}"#
        let count = (1 << 20) / line.utf8.count + 50
        #expect(try await fixture.importLines(Array(repeating: line, count: count)).count == count)
    }

    /// The problems an import of `lines` is refused with, named `answers.jsonl`.
    static func refusal(of lines: [String], in fixture: BackendFixture) async throws -> [StoreError.LineProblem] {
        do {
            try await fixture.store.importSubmissions(session: "s", path: try fixture.file(lines), name: "answers.jsonl")
        } catch StoreError.importFailed(let name, let problems, _) {
            #expect(name == "answers.jsonl")
            return problems
        }
        Issue.record("a bad file was imported")
        return []
    }
}
