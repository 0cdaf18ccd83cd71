import AccordCore
import AccordStore
import Foundation
import GRDB
import Testing

@Suite struct SessionAndRoundTests {
    @Test func aSessionKeepsItsSnapshotBytesAndTheirSHA256() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let bytes = Data("abc".utf8)
        let session = try fixture.store.createSession(
            id: "vision-2026", snapshot: bytes, workshop: fixture.workshop, partners: ["Acme", "Globex"])
        // SHA-256("abc"), FIPS 180-4 appendix B.1 (also `printf abc | sha256sum`).
        #expect(session.workshopSHA256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(try fixture.store.snapshot(of: "vision-2026") == bytes)
        let reloaded = try fixture.store.session("vision-2026")
        #expect(reloaded.partners == ["Acme", "Globex"])
        #expect(reloaded.rounds == [RoundState(number: 1, isOpen: true)])
        #expect(reloaded.workshop == fixture.workshop)
    }

    @Test func theSnapshotIsWhatIsReadNotTheFileNorAnEditedCopy() throws {
        // A loader that records what it is handed: the store must hand it the stored bytes.
        let seen = LockedBox<[Data]>([])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-snap-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("db.sqlite").path
        let workshop = StoreFixture.workshop()
        do {
            let store = try AnswerStore(path: path, snapshotLoader: { data, _ in workshop })
            try store.createSession(id: "s", snapshot: Data("original".utf8), workshop: workshop, partners: ["A", "B"])
        }
        let reopened = try AnswerStore(
            path: path,
            snapshotLoader: { data, _ in
                seen.mutate { $0.append(data) }
                return workshop
            })
        _ = try reopened.session("s")
        #expect(seen.value == [Data("original".utf8)])
    }

    @Test(arguments: [["Acme"], ["Acme", "Acme"], ["Acme", ""], ["A", "B", "C"], [" ", "B"]])
    func partnersMustBeTwoDistinctNonEmptyNames(_ partners: [String]) throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        #expect(throws: StoreError.self) {
            try fixture.store.createSession(snapshot: Data(), workshop: fixture.workshop, partners: partners)
        }
        #expect(try fixture.store.sessions().isEmpty)
    }

    @Test func sessionIdsAreCheckedAndUnique() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session("s")
        #expect(throws: StoreError.self) { try fixture.session("s") }
        #expect(throws: StoreError.self) { try fixture.session("Bad Id") }
        let random = try fixture.store.createSession(
            snapshot: Data(), workshop: fixture.workshop, partners: ["A", "B"])
        #expect(AnswerStore.isValidSessionID(random.id))
        #expect(try fixture.store.sessions().map(\.id) == [random.id, "s"].sorted())
        #expect(throws: StoreError.self) { try fixture.store.session("missing") }
    }

    @Test func roundsAreNumberedFromOneWithOneOpenAtATime() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        #expect(throws: StoreError.self) { try fixture.store.openRound(session: "s") }  // round 1 is open
        #expect(try fixture.store.closeRound(session: "s") == 1)
        #expect(throws: StoreError.self) { try fixture.store.closeRound(session: "s") }  // nothing open
        #expect(try fixture.store.openRound(session: "s") == 2)
        let session = try fixture.store.session("s")
        #expect(session.rounds == [RoundState(number: 1, isOpen: false), RoundState(number: 2, isOpen: true)])
        #expect(session.currentRound == 2 && session.openRound == 2)
        // The schema itself refuses a second open round and a reopened one.
        #expect(throws: DatabaseError.self) {
            try fixture.raw().write { try $0.execute(sql: "UPDATE round SET isOpen = 1 WHERE number = 1") }
        }
        let summary = try #require(try fixture.store.sessions().first)
        #expect(summary.currentRound == 2 && summary.currentRoundIsOpen)
    }

    @Test func submissionsAreCheckedAgainstSessionAndWorkshop() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        #expect(throws: StoreError.self) {
            try fixture.store.submit(StoreFixture.submission(partner: "Initech"), session: "s")
        }
        #expect(throws: StoreError.self) { try fixture.store.submit(StoreFixture.submission(vision: 9), session: "s") }
        #expect(throws: StoreError.self) { try fixture.store.submit(StoreFixture.submission(round: 2), session: "s") }
        #expect(throws: StoreError.self) { try fixture.store.submit(StoreFixture.submission(), session: "other") }
        #expect(throws: StoreError.self) {
            try fixture.store.submit(
                Submission(partner: "Acme", level: .execution, answers: ["vision": .scale(3)]), session: "s")
        }
        try fixture.store.submit(StoreFixture.submission(level: .execution, months: 12, comment: "ok"), session: "s")
        var read: [Submission] = []
        try fixture.store.forEachSubmission(session: "s", round: 1) { read.append($0) }
        #expect(read == [StoreFixture.submission(level: .execution, months: 12, comment: "ok", round: 1)])
    }

    @Test func draftsResumeAndCountOnlyWhenSubmitted() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        var draft = try fixture.store.startDraft(session: "s", partner: "Acme", level: .management)
        #expect(draft.code.count == 10 && draft.round == 1)
        draft.answers["vision"] = .scale(5)
        try fixture.store.saveDraft(draft)
        draft.predictions["vision"] = .dontKnow
        try fixture.store.saveDraft(draft)
        let resumed = try #require(try fixture.store.loadDraft(code: draft.code.lowercased()))
        #expect(resumed == draft)
        // Incomplete: the required "goal" is missing; the draft stays.
        #expect(throws: StoreError.self) { try fixture.store.submitDraft(resumed) }
        #expect(try fixture.store.loadDraft(code: draft.code) != nil)
        draft.answers["goal"] = .choice("cost")
        try fixture.store.saveDraft(draft)
        try fixture.store.submitDraft(draft)
        #expect(try fixture.store.submissionCount(session: "s", round: 1) == 1)
        #expect(throws: StoreError.self) { try fixture.store.submitDraft(draft) }  // not twice
        #expect(try fixture.store.submissionCount(session: "s", round: 1) == 1)
        #expect(throws: StoreError.self) {
            try fixture.store.startDraft(session: "s", partner: "Nobody", level: .management)
        }
    }
}

extension SessionAndRoundTests {
    @Test func aLongReaderElsewhereDoesNotHoldUpASubmission() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        var draft = try fixture.store.startDraft(session: "s", partner: "Acme", level: .management)
        draft.answers = ["vision": .scale(3), "goal": .choice("cost")]
        try fixture.store.saveDraft(draft)
        // Another process reading (a report) keeps the log from being truncated; the submission
        // must still go through at once, and the close of the round too.
        try fixture.raw().read { db in
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM submission")
            let start = Date()
            try fixture.store.submitDraft(draft)
            try fixture.store.closeRound(session: "s")
            #expect(Date().timeIntervalSince(start) < 8)
        }
        #expect(try fixture.store.submissionCount(session: "s", round: 1) == 1)
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
