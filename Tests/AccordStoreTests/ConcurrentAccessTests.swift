import AccordCore
import Foundation
import Testing

@testable import AccordStore

/// A server's store under many participants at once, on every backend: reads that do not wait
/// behind writes, drafts handled by two processes at once; on SQLite, upkeep (file rebuild, log
/// truncation) that may be deferred under load but is always paid.
@Suite struct ConcurrentAccessTests {
    /// While one participant's answers are being written (the write transaction is open), another
    /// participant's page reads the last committed state without waiting for that transaction.
    /// With one serial connection (a SQLite `DatabaseQueue`, a PostgreSQL store of one
    /// connection) the read would wait for the write, which here waits for the read: the
    /// bounded wait would run out.
    @Test(arguments: Backend.all)
    func aReadDuringAnOpenWriteTransactionGetsTheCommittedStateWithoutWaiting(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        let server = try await fixture.server()
        var draft = try await fixture.savedDraft(on: server, answers: ["vision": .scale(2)])
        draft.answers = ["vision": .scale(5)]
        let code = draft.code
        let seen = try await fixture.read(whileSaving: draft, on: server) {
            try await server.loadDraft(code: code)?.answers["vision"]
        }
        #expect(seen != nil, "the read waited for the open write transaction")
        #expect(seen == .some(.scale(2)))
        #expect(try await server.loadDraft(code: code)?.answers["vision"] == .scale(5))
        await BackendFixture.close(server)
    }

    /// Two processes (two servers, or a server and `accord run`) submitting, discarding and
    /// saving one draft at the same moment: it is stored at most once, exactly once when both
    /// submit, and nothing of it is left as a draft.
    @Test(arguments: Backend.all)
    func aDraftHandledByTwoProcessesAtOnceIsStoredExactlyOnce(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        let (one, two) = (try await fixture.server(another: true), try await fixture.server(another: true))
        let complete: [String: Answer] = ["vision": .scale(4), "goal": .choice("cost")]
        var stored = 0
        for attempt in 0..<12 {
            let draft = try await fixture.savedDraft(on: one, answers: complete)
            async let first = Self.succeeds { try await one.submitDraft(draft) }
            async let second = Self.succeeds {
                switch attempt % 3 {
                case 0: try await two.submitDraft(draft)
                case 1: try await two.discardDraft(code: draft.code)
                default: try await two.saveDraft(draft)
                }
            }
            let (submitted, other) = try await (first, second)
            switch attempt % 3 {
            case 0: #expect([submitted, other].filter { $0 }.count == 1, "exactly one of two submits stores it")
            case 1: #expect(other, "discarding never fails")
            default: break
            }
            stored += (submitted ? 1 : 0) + (attempt % 3 == 0 && other ? 1 : 0)
            #expect(try await fixture.submissionCount() == stored)
        }
        #expect(stored >= 4)
        #expect(try await fixture.draftCount() == 0)
        await BackendFixture.close(one)
        await BackendFixture.close(two)
    }

    /// Whether `body` succeeded; the draft being gone (`StoreError.unknownDraft`) is a failure,
    /// any other error is thrown.
    static func succeeds(_ body: () async throws -> Void) async throws -> Bool {
        do {
            try await body()
            return true
        } catch StoreError.unknownDraft {
            return false
        }
    }

    // SQLite only: what is owed here (the file rebuilt, the log truncated) is SQLite's file
    // format; PostgreSQL's store owes nothing (deleted rows stay until vacuumed, docs/deploying.md).
    /// Under `.serving` upkeep a rebuild or log truncation may be left for later while others
    /// write; when the server's store closes, everything owed is paid: no submitted or
    /// discarded draft's answers or code are left in the files.
    @Test func upkeepLeftForLaterIsPaidWhenTheStoreCloses() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-upkeep-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("accord.sqlite").path
        let workshop = StoreFixture.workshop()
        var codes: [String] = []
        do {
            // A timer an hour away: what is owed is paid now only when the store is idle and
            // rested, else at the close.
            let store = try AnswerStore(
                path: path, upkeep: .coalesced(maxDelay: .seconds(3600)), snapshotLoader: { _, _ in workshop })
            try store.createSession(
                id: "s", snapshot: Data(#"{"id":"store-test"}"#.utf8), workshop: workshop, partners: ["Acme", "Globex"])
            for index in 0..<40 {
                var draft = try store.startDraft(session: "s", partner: "Globex", level: .execution)
                draft.answers = ["vision": .scale(3), "goal": .choice("cost"), "comment": .text("early-\(index)-QZ")]
                try store.saveDraft(draft)
                codes.append(draft.code)
                if index % 4 == 3 {
                    try store.discardDraft(code: draft.code)
                    continue
                }
                draft.answers["comment"] = .text("marker-\(index)-end")
                draft.predictions = ["vision": .scale(3)]
                try store.saveDraft(draft)
                try store.submitDraft(draft)
            }
            #expect(try store.submissionCount(session: "s", round: 1) == 30)
        }
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        if let wal = try? Data(contentsOf: URL(fileURLWithPath: path + "-wal")) { bytes.append(wal) }
        for index in 0..<40 { #expect(!bytes.contains("early-\(index)-QZ")) }
        for code in codes { #expect(!bytes.contains(code)) }
        #expect(bytes.contains("marker-38-end"))
    }
}
