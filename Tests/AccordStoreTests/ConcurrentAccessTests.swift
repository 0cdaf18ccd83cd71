import AccordCore
import Foundation
import GRDB
import Synchronization
import Testing

@testable import AccordStore

/// A server's store under many participants at once: reads that do not wait behind writes, and
/// upkeep (file rebuild, log truncation) that may be deferred under load but is always paid.
@Suite struct ConcurrentAccessTests {
    /// While one participant's answers are being written (the write transaction is open), another
    /// participant's page reads the last committed state without waiting for that transaction.
    /// With one serial connection (a `DatabaseQueue`) the read would wait for the write, which
    /// here waits for the read: the bounded wait below would run out.
    @Test func aReadDuringAnOpenWriteTransactionGetsTheCommittedStateWithoutWaiting() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        var draft = try fixture.store.startDraft(session: "s", partner: "Acme", level: .management)
        draft.answers = ["vision": .scale(2)]
        try fixture.store.saveDraft(draft)
        let store = fixture.store
        let code = draft.code
        let seen = Seen()
        let finished = try store.write { db in
            var changed = draft
            changed.answers = ["vision": .scale(5)]
            try AnswerStore.saveDraft(changed, in: db)  // written, not committed yet
            let done = DispatchSemaphore(value: 0)
            DispatchQueue.global().async {
                let answer = (try? store.loadDraft(code: code))??.answers["vision"]
                seen.answer.withLock { $0 = answer }
                done.signal()
            }
            return done.wait(timeout: .now() + 60) == .success
        }
        #expect(finished, "the read waited for the open write transaction")
        #expect(seen.answer.withLock { $0 } == .scale(2))
        #expect(try store.loadDraft(code: code)?.answers["vision"] == .scale(5))
    }

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

    /// What the other thread read.
    final class Seen: Sendable {
        let answer = Mutex<Answer?>(nil)
    }
}
