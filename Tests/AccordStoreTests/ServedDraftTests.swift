import AccordCore
import AccordStore
import Foundation
import Testing

/// Browser drafts (`accord serve`): capped per open round, expired when abandoned, with no
/// time stored; and the session's serve secrets, kept across restarts. On every backend.
@Suite struct ServedDraftTests {
    @Test(arguments: Backend.all)
    func anAbandonedBrowserDraftExpiresAndATerminalDraftNever(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        let session = try await fixture.session().id
        let server = try await fixture.server()
        let terminal = try await server.startDraft(session: session, partner: "Acme", level: .management)
        let abandoned = try await server.startServedDraft(session: session, partner: "Acme", level: .execution, limit: 10)
        var active = try await server.startServedDraft(session: session, partner: "Globex", level: .management, limit: 10)
        for check in 1...3 {
            active.answers["vision"] = .scale(check)
            try await server.saveDraft(active)  // saved between every two checks
            #expect(try await server.expireServedDrafts(session: session, afterChecks: 2) == (check == 3 ? 1 : 0))
        }
        #expect(try await server.loadDraft(code: abandoned.code) == nil)
        #expect(try await server.loadDraft(code: active.code) != nil)
        #expect(try await server.loadDraft(code: terminal.code) != nil)
        await BackendFixture.close(server)
        // What is kept is a counter, never a time.
        let columns = try await fixture.columns().filter { $0.table == "draft" }
        #expect(columns.contains { $0.column.replacingOccurrences(of: "_", with: "") == "idlechecks" })
        #expect(!columns.contains { $0.column.contains("time") || $0.column.contains("date") || $0.type.contains("time") })
    }

    @Test(arguments: Backend.all)
    func theOpenRoundHoldsAtMostTheLimit(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        let session = try await fixture.session().id
        let server = try await fixture.server()
        for _ in 0..<2 {
            _ = try await server.startServedDraft(session: session, partner: "Acme", level: .management, limit: 2)
        }
        await expectError(StoreError.tooManyDrafts(session: session, limit: 2)) {
            _ = try await server.startServedDraft(session: session, partner: "Acme", level: .management, limit: 2)
        }
        await BackendFixture.close(server)
        #expect(try await fixture.draftCount(session: session) == 2)
    }

    @Test(arguments: Backend.all)
    func serveSecretsAreKeptUntilRotated(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        let session = try await fixture.session().id
        let server = try await fixture.server()
        let first = try await server.serveSecrets(
            session: session, rotate: false, joinCode: "join1", facilitatorSecret: "secret1")
        #expect(first.newFacilitatorSecret == "secret1")
        #expect(first.facilitatorSecretSHA256 == Digest.sha256Hex("secret1"))
        await BackendFixture.close(server)
        // A restarted server (another process) finds the same secrets.
        let restarted = try await fixture.server(another: true)
        let again = try await restarted.serveSecrets(
            session: session, rotate: false, joinCode: "join2", facilitatorSecret: "secret2")
        #expect(again.joinCode == "join1" && again.formKey == first.formKey && again.newFacilitatorSecret == nil)
        let rotated = try await restarted.serveSecrets(
            session: session, rotate: true, joinCode: "join3", facilitatorSecret: "secret3")
        #expect(rotated.joinCode == "join3" && rotated.formKey != first.formKey)
        await BackendFixture.close(restarted)
        #expect(try await fixture.storedBytes().range(of: Data("secret1".utf8)) == nil)
    }

    /// RFC 4231 test case 2.
    @Test func hmacMatchesTheStandardVector() {
        #expect(
            Digest.hmacSHA256Hex(key: Array("Jefe".utf8), message: "what do ya want for nothing?")
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }
}
