import AccordCore
import AccordStore
import Foundation
import GRDB
import Testing

/// Browser drafts (`accord serve`): capped per open round, expired when abandoned, with no
/// time stored; and the session's serve secrets, kept across restarts.
@Suite struct ServedDraftTests {
    @Test func anAbandonedBrowserDraftExpiresAndATerminalDraftNever() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let session = try fixture.session().id
        let terminal = try fixture.store.startDraft(session: session, partner: "Acme", level: .management)
        let abandoned = try fixture.store.startServedDraft(session: session, partner: "Acme", level: .execution, limit: 10)
        var active = try fixture.store.startServedDraft(session: session, partner: "Globex", level: .management, limit: 10)
        for check in 1...3 {
            active.answers["vision"] = .scale(check)
            try fixture.store.saveDraft(active)  // saved between every two checks
            #expect(try fixture.store.expireServedDrafts(session: session, afterChecks: 2) == (check == 3 ? 1 : 0))
        }
        #expect(try fixture.store.loadDraft(code: abandoned.code) == nil)
        #expect(try fixture.store.loadDraft(code: active.code) != nil)
        #expect(try fixture.store.loadDraft(code: terminal.code) != nil)
        // What is kept is a counter, never a time.
        let columns = try fixture.raw().read { db in try db.columns(in: "draft").map(\.name) }
        #expect(!columns.contains { $0.lowercased().contains("time") || $0.lowercased().contains("date") })
    }

    @Test func theOpenRoundHoldsAtMostTheLimit() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let session = try fixture.session().id
        for _ in 0..<2 { _ = try fixture.store.startServedDraft(session: session, partner: "Acme", level: .management, limit: 2) }
        #expect(throws: StoreError.self) {
            try fixture.store.startServedDraft(session: session, partner: "Acme", level: .management, limit: 2)
        }
        #expect(try fixture.store.draftCount(session: session) == 2)
    }

    @Test func serveSecretsAreKeptUntilRotated() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let session = try fixture.session().id
        let first = try fixture.store.serveSecrets(session: session, rotate: false, joinCode: "join1", facilitatorSecret: "secret1")
        #expect(first.newFacilitatorSecret == "secret1")
        #expect(first.facilitatorSecretSHA256 == Digest.sha256Hex("secret1"))
        let reopened = try AnswerStore(path: fixture.path, snapshotLoader: { _, _ in fixture.workshop })
        let again = try reopened.serveSecrets(session: session, rotate: false, joinCode: "join2", facilitatorSecret: "secret2")
        #expect(again.joinCode == "join1" && again.formKey == first.formKey && again.newFacilitatorSecret == nil)
        let rotated = try reopened.serveSecrets(session: session, rotate: true, joinCode: "join3", facilitatorSecret: "secret3")
        #expect(rotated.joinCode == "join3" && rotated.formKey != first.formKey)
        #expect(try fixture.fileBytes().range(of: Data("secret1".utf8)) == nil)
    }

    /// RFC 4231 test case 2.
    @Test func hmacMatchesTheStandardVector() {
        #expect(
            Digest.hmacSHA256Hex(key: Array("Jefe".utf8), message: "what do ya want for nothing?")
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }
}
