import AccordCore
import AccordStore
import Foundation
import GRDB
import Testing

/// Agreed actions kept with their session: numbered, checked, never changed, no time stored.
@Suite struct AgreedActionStoreTests {
    let gap = GapReference(
        questionID: "vision", kind: .levels, from: GroupKey(partner: "Globex", level: .management),
        to: GroupKey(partner: "Globex", level: .execution))

    func closedRoundOne() throws -> StoreFixture {
        let fixture = try StoreFixture()
        try fixture.session()
        try fixture.store.closeRound(session: "s")
        return fixture
    }

    @Test func actionsAreNumberedPerSessionAndReadBackWhole() throws {
        let fixture = try closedRoundOne()
        defer { fixture.remove() }
        let first = try fixture.store.addAction(
            AgreedAction(
                id: 99, text: " Hold a joint vision day ", owner: "Globex", dueRound: 2, agreedInRound: 1, gaps: [gap]),
            session: "s")
        #expect(first.id == 1 && first.text == "Hold a joint vision day" && first.questionIDs == ["vision"])
        try fixture.store.addAction(
            AgreedAction(
                id: 0, text: "Agree one goal", owner: "Acme", dueRound: 3, agreedInRound: 1, questionIDs: ["goal"]),
            session: "s")
        try fixture.session("t")
        #expect(try fixture.store.actions(session: "t").isEmpty)

        // A second process opening the same file sees the same actions.
        let reopened = try AnswerStore(path: fixture.path, snapshotLoader: { _, _ in fixture.workshop })
        let actions = try reopened.actions(session: "s")
        #expect(actions.map(\.id) == [1, 2])
        #expect(actions[0] == first)
        #expect(actions[1].questionIDs == ["goal"] && actions[1].gaps.isEmpty && actions[1].dueRound == 3)
    }

    @Test func anActionOnAnOpenOrMissingRoundOrWithABadOwnerIsRefused() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        let action = AgreedAction(id: 0, text: "x", owner: "Acme", dueRound: 2, agreedInRound: 1)
        #expect(throws: StoreError.self) { try fixture.store.addAction(action, session: "s") }  // round 1 is open
        try fixture.store.closeRound(session: "s")
        var wrong = action
        wrong.agreedInRound = 4
        wrong.dueRound = 5
        #expect(throws: StoreError.self) { try fixture.store.addAction(wrong, session: "s") }
        wrong = action
        wrong.owner = "Initech"
        do {
            try fixture.store.addAction(wrong, session: "s")
            Issue.record("an owner who is not a partner was stored")
        } catch {
            #expect(
                error.errorDescription
                    == "session 's': 'Initech' is not a partner of this session; the owner is one of: Acme, Globex.")
        }
        #expect(throws: StoreError.self) { try fixture.store.actions(session: "nope") }
        #expect(try fixture.store.actions(session: "s").isEmpty)
    }

    @Test func storedActionsAreNeverChangedAndCarryNoTime() throws {
        let fixture = try closedRoundOne()
        defer { fixture.remove() }
        try fixture.store.addAction(
            AgreedAction(id: 0, text: "x", owner: "Acme", dueRound: 2, agreedInRound: 1), session: "s")
        let raw = try fixture.raw()
        #expect(throws: DatabaseError.self) {
            try raw.write { try $0.execute(sql: "UPDATE agreedAction SET text = 'y'") }
        }
        #expect(throws: DatabaseError.self) { try raw.write { try $0.execute(sql: "DELETE FROM agreedAction") } }
        #expect(throws: DatabaseError.self) {
            try raw.write {
                try $0.execute(
                    sql: "INSERT INTO agreedAction VALUES ('s', 2, 'y', 'Initech', 1, 2, '[]', '[]', NULL)")
            }
        }
        #expect(throws: DatabaseError.self) {
            try raw.read { try Row.fetchAll($0, sql: "SELECT rowid FROM agreedAction") }
        }
        let columns = try raw.read { try $0.columns(in: "agreedAction").map(\.name) }
        #expect(
            columns == [
                "sessionID", "number", "text", "owner", "agreedInRound", "dueRound", "questions", "gaps", "dimension",
            ])
    }
}
