import AccordCore
import AccordStore
import Foundation
import Testing

/// Agreed actions kept with their session, on every backend: numbered, checked, never
/// changed, no time stored.
@Suite struct AgreedActionStoreTests {
    let gap = GapReference(
        questionID: "vision", kind: .levels, from: GroupKey(partner: "Globex", level: .management),
        to: GroupKey(partner: "Globex", level: .execution))

    @Test(arguments: Backend.all)
    func actionsAreNumberedPerSessionAndReadBackWhole(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        try await fixture.store.closeRound(session: "s")
        let server = try await fixture.server()
        let first = try await server.addAction(
            AgreedAction(
                id: 99, text: " Hold a joint vision day ", owner: "Globex", dueRound: 2, agreedInRound: 1, gaps: [gap]),
            session: "s")
        #expect(first.id == 1 && first.text == "Hold a joint vision day" && first.questionIDs == ["vision"])
        _ = try await server.addAction(
            AgreedAction(
                id: 0, text: "Agree one goal", owner: "Acme", dueRound: 3, agreedInRound: 1, questionIDs: ["goal"]),
            session: "s")
        try await fixture.session("t")
        #expect(try await server.actions(session: "t").isEmpty)
        await BackendFixture.close(server)

        // A second process opening the same database sees the same actions, as do the commands.
        let reopened = try await fixture.server(another: true)
        let actions = try await reopened.actions(session: "s")
        #expect(actions.map(\.id) == [1, 2])
        #expect(actions[0] == first)
        #expect(actions[1].questionIDs == ["goal"] && actions[1].gaps.isEmpty && actions[1].dueRound == 3)
        #expect(try await fixture.store.actions(session: "s") == actions)
        await BackendFixture.close(reopened)
    }

    @Test(arguments: Backend.all)
    func anActionOnAnOpenOrMissingRoundOrWithABadOwnerIsRefused(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        let server = try await fixture.server()
        let action = AgreedAction(id: 0, text: "x", owner: "Acme", dueRound: 2, agreedInRound: 1)
        await #expect(throws: StoreError.self) { _ = try await server.addAction(action, session: "s") }  // round 1 is open
        try await fixture.store.closeRound(session: "s")
        var wrong = action
        wrong.agreedInRound = 4
        wrong.dueRound = 5
        await #expect(throws: StoreError.self) { _ = try await server.addAction(wrong, session: "s") }
        wrong = action
        wrong.owner = "Initech"
        do {
            _ = try await server.addAction(wrong, session: "s")
            Issue.record("an owner who is not a partner was stored")
        } catch {
            #expect(
                error.localizedDescription
                    == "session 's': 'Initech' is not a partner of this session; the owner is one of: Acme, Globex.")
        }
        await #expect(throws: StoreError.self) { _ = try await server.actions(session: "nope") }
        #expect(try await server.actions(session: "s").isEmpty)
        await BackendFixture.close(server)
    }

    @Test(arguments: Backend.all)
    func storedActionsAreNeverChangedAndCarryNoTime(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        try await fixture.store.closeRound(session: "s")
        let server = try await fixture.server()
        _ = try await server.addAction(
            AgreedAction(id: 0, text: "x", owner: "Acme", dueRound: 2, agreedInRound: 1), session: "s")
        await BackendFixture.close(server)
        let table = backend == .sqlite ? "agreedAction" : "agreed_action"
        await #expect(throws: (any Error).self) { _ = try await fixture.raw("UPDATE \(table) SET text = 'y'") }
        await #expect(throws: (any Error).self) { _ = try await fixture.raw("DELETE FROM \(table)") }
        await #expect(throws: (any Error).self) {
            _ = try await fixture.raw("INSERT INTO \(table) VALUES ('s', 2, 'y', 'Initech', 1, 2, '[]', '[]', NULL)")
        }
        #expect(try await fixture.store.actions(session: "s").map(\.text) == ["x"])
        #expect(try await fixture.counters() == [])  // no rowid or sequence numbers them
        let columns = try await fixture.columns().filter { $0.table == table.lowercased() }
            .map { $0.column.replacingOccurrences(of: "_", with: "") }
        #expect(
            Set(columns) == [
                "sessionid", "number", "text", "owner", "agreedinround", "dueround", "questions", "gaps", "dimension",
            ])
        #expect(columns.count == 9)
    }
}
