import AccordCore
import AccordPostgres
import AccordStore
import Foundation
import Testing

/// `accord serve`'s store (`ServeStore`) on both backends: the same rules run against SQLite
/// (`AnswerStore.suspending`) and PostgreSQL (`PostgresServeStore`), and, on PostgreSQL, two
/// servers sharing one database (stateless instances).
@Suite(.enabled(if: TestServer.url != nil, TestServer.unset))
struct ServeStoreTests {
    enum Backend: String, CaseIterable, CustomTestStringConvertible {
        case sqlite, postgres
        var testDescription: String { rawValue }
    }

    /// A fresh session on `backend`, its store, and how to close it.
    static func store(_ backend: Backend) async throws -> (store: any ServeStore, session: String, close: () async -> Void) {
        let workshop = try WorkshopLoader().load(TestServer.workshopJSON, file: "pg-test.json")
        switch backend {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let store = try AnswerStore(path: folder.appendingPathComponent("accord.sqlite").path)
            let session = try store.createSession(
                snapshot: TestServer.workshopJSON, workshop: workshop, partners: ["Acme", "Globex"]
            ).id
            return (store.suspending, session, { try? FileManager.default.removeItem(at: folder) })
        case .postgres:
            let setup = try await TestServer.store()
            let session = try await TestServer.newSession(setup)
            await setup.close()
            let store = try await PostgresServeStore.connect(try TestServer.location(), connections: 2)
            return (store, session, { await store.close() })
        }
    }

    static func answered(_ draft: Draft, vision: Int = 4) -> Draft {
        var draft = draft
        draft.answers = ["vision": .scale(vision), "goal": .choice("cost"), "comment": .text("draft \(draft.code)")]
        return draft
    }

    @Test(arguments: Backend.allCases)
    func aDraftIsSavedContinuedAndSubmittedOnce(_ backend: Backend) async throws {
        let (store, session, close) = try await Self.store(backend)
        let draft = Self.answered(
            try await store.startServedDraft(session: session, partner: "Acme", level: .management, limit: 10))
        try await store.saveDraft(draft)
        let (_, loaded) = try await store.session(session, draftCode: draft.code.lowercased())
        #expect(loaded?.answers == draft.answers)
        try await store.submitDraft(draft)
        await #expect(throws: StoreError.self) { try await store.submitDraft(draft) }
        await #expect(throws: StoreError.self) { try await store.saveDraft(draft) }
        let counts = try await store.cellCounts(session: session, round: 1)
        #expect(counts == [GroupKey(partner: "Acme", level: .management): 1])
        await close()
    }

    @Test(arguments: Backend.allCases)
    func browserDraftsAreCappedAndExpiredByChecks(_ backend: Backend) async throws {
        let (store, session, close) = try await Self.store(backend)
        let first = try await store.startServedDraft(session: session, partner: "Acme", level: .execution, limit: 1)
        await #expect(throws: StoreError.self) {
            _ = try await store.startServedDraft(session: session, partner: "Globex", level: .execution, limit: 1)
        }
        #expect(try await store.expireServedDrafts(session: session, afterChecks: 2) == 0)
        #expect(try await store.expireServedDrafts(session: session, afterChecks: 2) == 0)
        #expect(try await store.expireServedDrafts(session: session, afterChecks: 2) == 1)
        #expect(try await store.session(session, draftCode: first.code).draft == nil)
        await close()
    }

    /// `accord run`'s drafts (through `ParticipantRecorder`): a terminal draft loads by its code
    /// in any case, is neither counted against the browser cap nor expired, and is submitted once.
    @Test(arguments: Backend.allCases)
    func terminalDraftsAreNeitherCappedNorExpiredAndSubmitOnce(_ backend: Backend) async throws {
        let (store, session, close) = try await Self.store(backend)
        let terminal = Self.answered(try await store.startDraft(session: session, partner: "Globex", level: .execution))
        try await store.saveDraft(terminal)
        _ = try await store.startServedDraft(session: session, partner: "Acme", level: .execution, limit: 1)
        for _ in 0..<3 { _ = try await store.expireServedDrafts(session: session, afterChecks: 1) }
        let loaded = try #require(try await store.loadDraft(code: terminal.code.lowercased()))
        #expect(loaded.answers == terminal.answers && loaded.partner == "Globex" && loaded.round == 1)
        try await store.submitDraft(loaded)
        #expect(try await store.loadDraft(code: terminal.code) == nil)
        await #expect(throws: StoreError.self) { try await store.submitDraft(loaded) }
        await #expect(throws: StoreError.self) {
            _ = try await store.startDraft(session: session, partner: "Initech", level: .execution)
        }
        #expect(try await store.cellCounts(session: session, round: 1) == [GroupKey(partner: "Globex", level: .execution): 1])
        await close()
    }

    @Test(arguments: Backend.allCases)
    func roundsStateAndActionsFollowTheSameRules(_ backend: Backend) async throws {
        let (store, session, close) = try await Self.store(backend)
        let action = AgreedAction(id: 0, text: "Meet monthly", owner: "Acme", dueRound: 2, agreedInRound: 1)
        await #expect(throws: StoreError.self) { _ = try await store.addAction(action, session: session) }
        #expect(try await store.closeRound(session: session) == 1)
        await #expect(throws: StoreError.self) { _ = try await store.closeRound(session: session) }
        let stored = try await store.addAction(action, session: session)
        #expect(stored.id == 1)
        #expect(try await store.actions(session: session).map(\.text) == ["Meet monthly"])
        let bad = AgreedAction(id: 0, text: "Nobody's", owner: "Initech", dueRound: 2, agreedInRound: 1)
        await #expect(throws: StoreError.self) { _ = try await store.addAction(bad, session: session) }
        let state = FacilitationState(phaseIndex: 0, revealedRound: 1, revealedIndex: 0, moreDepth: 2)
        try await store.setFacilitationState(state, session: session)
        #expect(try await store.facilitationState(session: session) == state)
        #expect(try await store.openRound(session: session) == 2)
        let secrets = try await store.serveSecrets(session: session, rotate: false, joinCode: "JOIN1", facilitatorSecret: "s1")
        let again = try await store.serveSecrets(session: session, rotate: false, joinCode: "JOIN2", facilitatorSecret: "s2")
        #expect(again.joinCode == "JOIN1" && again.formKey == secrets.formKey && again.newFacilitatorSecret == nil)
        await close()
    }

    /// Two servers over one database: secrets agree, a draft saved on one continues on the
    /// other, and when both submit it at the same moment it is stored exactly once.
    @Test func twoServersShareSecretsDraftsAndSubmitOnce() async throws {
        let setup = try await TestServer.store()
        let session = try await TestServer.newSession(setup)
        await setup.close()
        let one = try await PostgresServeStore.connect(try TestServer.location(), connections: 2)
        let two = try await PostgresServeStore.connect(try TestServer.location(), connections: 2)
        async let first = one.serveSecrets(session: session, rotate: false, joinCode: "ONE", facilitatorSecret: "one")
        async let second = two.serveSecrets(session: session, rotate: false, joinCode: "TWO", facilitatorSecret: "two")
        let (a, b) = try await (first, second)
        #expect(a.joinCode == b.joinCode && a.formKey == b.formKey && a.facilitatorSecretSHA256 == b.facilitatorSecretSHA256)

        for round in 0..<20 {
            let started = try await one.startServedDraft(session: session, partner: "Globex", level: .management, limit: 100)
            try await one.saveDraft(Self.answered(started, vision: 1 + round % 5))
            let continued = try #require(try await two.session(session, draftCode: started.code).draft)
            #expect(continued.answers == Self.answered(started, vision: 1 + round % 5).answers)
            async let viaOne: Bool = (try? await one.submitDraft(continued)) != nil
            async let viaTwo: Bool = (try? await two.submitDraft(continued)) != nil
            let outcomes = await [viaOne, viaTwo]
            #expect(outcomes.filter { $0 }.count == 1, "exactly one server stores it")
        }
        let counts = try await two.cellCounts(session: session, round: 1)
        #expect(counts[GroupKey(partner: "Globex", level: .management)] == 20)
        await one.close()
        await two.close()
    }

    /// Two servers starting the last allowed browser drafts at once cannot pass the cap together.
    @Test func theDraftCapHoldsAcrossServers() async throws {
        let setup = try await TestServer.store()
        let session = try await TestServer.newSession(setup)
        await setup.close()
        let one = try await PostgresServeStore.connect(try TestServer.location(), connections: 3)
        let two = try await PostgresServeStore.connect(try TestServer.location(), connections: 3)
        let started = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<12 {
                let store = index % 2 == 0 ? one : two
                group.addTask {
                    (try? await store.startServedDraft(session: session, partner: "Acme", level: .execution, limit: 5)) != nil
                }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(started == 5)
        await one.close()
        await two.close()
    }
}
