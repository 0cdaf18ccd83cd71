import AccordCore
import AccordPostgres
import AccordStore
import Foundation
import Testing

/// Sessions read through their snapshot, submissions checked, drafts resumed, on every backend
/// (sessions' ids, partners and rounds: `BackendSessionTests`).
@Suite struct SessionAndRoundTests {
    @Test(arguments: Backend.all)
    func theSnapshotIsWhatIsReadNotTheFileNorAnEditedCopy(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        let workshop = fixture.workshop
        try await fixture.store.createSession(
            id: "s", snapshot: Data("original".utf8), workshop: workshop, partners: ["A", "B"])
        // Another process with a loader that records what it is handed: the store must hand
        // it the stored bytes.
        let seen = LockedBox<[Data]>([])
        let loader: AnswerStore.SnapshotLoader = { data, _ in
            seen.mutate { $0.append(data) }
            return workshop
        }
        let reopened: any SessionStore =
            switch backend {
            case .sqlite:
                try AnswerStore(path: fixture.folder.appendingPathComponent("accord.sqlite").path, snapshotLoader: loader)
            case .postgres:
                try await PostgresAnswerStore.connect(
                    try BackendFixture.location(database: fixture.database), createSchema: false, snapshotLoader: loader)
            }
        let session = try await reopened.session("s")
        #expect(seen.value == [Data("original".utf8)])
        #expect(session.workshop == workshop && session.workshopSHA256 == SHA256.hex(Data("original".utf8)))
        await reopened.close()
    }

    @Test(arguments: Backend.all)
    func submissionsAreCheckedAgainstSessionAndWorkshop(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        await #expect(throws: StoreError.self) { try await fixture.submitLive(StoreFixture.submission(partner: "Initech")) }
        await #expect(throws: StoreError.self) { try await fixture.submitLive(StoreFixture.submission(vision: 9)) }
        await #expect(throws: StoreError.self) { try await fixture.submitLive(StoreFixture.submission(round: 2)) }
        await #expect(throws: StoreError.self) {
            try await fixture.submitLive(StoreFixture.submission(), session: "other")
        }
        await #expect(throws: StoreError.self) {
            try await fixture.submitLive(Submission(partner: "Acme", level: .execution, answers: ["vision": .scale(3)]))
        }
        try await fixture.submitLive(StoreFixture.submission(level: .execution, months: 12, comment: "ok"))
        var read: [Submission] = []
        try await fixture.store.forEachStoredSubmission(session: "s", round: 1) { row in
            read.append(
                Submission(
                    partner: row.partner, level: try #require(Level(rawValue: row.level)), round: 1,
                    answers: try [String: Answer](storedJSON: row.answers, workshop: fixture.workshop),
                    predictions: try [String: Answer](storedJSON: row.predictions, workshop: fixture.workshop)))
        }
        #expect(read == [StoreFixture.submission(level: .execution, months: 12, comment: "ok", round: 1)])
    }

    @Test(arguments: Backend.all)
    func draftsResumeAndCountOnlyWhenSubmitted(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        let server = try await fixture.server()
        var draft = try await server.startDraft(session: "s", partner: "Acme", level: .management)
        #expect(draft.code.count == 10 && draft.round == 1)
        draft.answers["vision"] = .scale(5)
        try await server.saveDraft(draft)
        draft.predictions["vision"] = .dontKnow
        try await server.saveDraft(draft)
        let resumed = try #require(try await server.loadDraft(code: draft.code.lowercased()))
        #expect(resumed == draft)
        // Incomplete: the required "goal" is missing; the draft stays.
        await #expect(throws: StoreError.self) { try await server.submitDraft(resumed) }
        #expect(try await server.loadDraft(code: draft.code) != nil)
        draft.answers["goal"] = .choice("cost")
        try await server.saveDraft(draft)
        try await server.submitDraft(draft)
        #expect(try await fixture.submissionCount() == 1)
        await expectError(StoreError.unknownDraft(code: draft.code)) { try await server.submitDraft(draft) }  // not twice
        #expect(try await fixture.submissionCount() == 1)
        await #expect(throws: StoreError.self) {
            _ = try await server.startDraft(session: "s", partner: "Nobody", level: .management)
        }
        await BackendFixture.close(server)
    }

    /// Another process reading (a report) keeps SQLite's log from being truncated and
    /// PostgreSQL's old row versions from being vacuumed; a submission must still go through
    /// while the reader stays open, and the close of the round (which rewrites the round on
    /// PostgreSQL) too: a write that waited for the reader would fail (SQLite's busy timeout) or
    /// hang until the time limit (PostgreSQL without a lock timeout). The store bounds its own
    /// upkeep's waits (a quarter of a second on SQLite, three seconds on PostgreSQL), and the
    /// upkeep gives up quietly; no test times them.
    @Test(.timeLimit(.minutes(1)), arguments: Backend.all)
    func aLongReaderElsewhereDoesNotHoldUpASubmission(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        let server = try await fixture.server()
        let draft = try await fixture.savedDraft(on: server, answers: ["vision": .scale(3), "goal": .choice("cost")])
        let store = fixture.store
        try await fixture.whileAReaderIsOpen {
            try await server.submitDraft(draft)
            try await store.closeRound(session: "s")
        }
        #expect(try await fixture.submissionCount() == 1)
        await BackendFixture.close(server)
    }
}

/// A value shared with a `@Sendable` closure.
final class LockedBox<Value: Sendable>: @unchecked Sendable {
    private var stored: Value
    private let lock = NSLock()
    init(_ value: Value) { stored = value }
    var value: Value { lock.withLock { stored } }
    func mutate(_ body: (inout Value) -> Void) { lock.withLock { body(&stored) } }
}
