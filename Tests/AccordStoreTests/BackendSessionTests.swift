import AccordCore
import AccordStore
import Foundation
import Testing

/// Sessions and rounds through `SessionStore`, on every backend (cell counts: `CellCountTests`).
@Suite struct BackendSessionTests {
    @Test(arguments: Backend.all)
    func aSessionKeepsItsSnapshotsSHA256ItsPartnersAndOpensRoundOne(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        let session = try await fixture.store.createSession(
            id: "vision-2026", snapshot: Data("abc".utf8), workshop: fixture.workshop, partners: ["Acme", "Globex"])
        // SHA-256("abc"), FIPS 180-4 appendix B.1.
        #expect(session.workshopSHA256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let reloaded = try await fixture.store.session("vision-2026")
        #expect(reloaded.partners == ["Acme", "Globex"] && reloaded.workshopSHA256 == session.workshopSHA256)
        #expect(reloaded.rounds == [RoundState(number: 1, isOpen: true)])
        #expect(
            try await fixture.store.sessions() == [
                AccordStore.SessionSummary(
                    id: "vision-2026", workshopID: "store-test", workshopVersion: "1.0.0",
                    workshopSHA256: session.workshopSHA256, partners: ["Acme", "Globex"], currentRound: 1,
                    currentRoundIsOpen: true)
            ])
    }

    @Test(arguments: Backend.all, [["Acme"], ["Acme", "Acme"], ["Acme", ""], ["A", "B", "C"], [" ", "B"]])
    func partnersMustBeTwoDistinctNonEmptyNames(_ backend: Backend, _ partners: [String]) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        await #expect(throws: StoreError.self) {
            try await fixture.store.createSession(id: nil, snapshot: Data(), workshop: fixture.workshop, partners: partners)
        }
        #expect(try await fixture.store.sessions().isEmpty)
    }

    @Test(arguments: Backend.all)
    func sessionIdsAreCheckedUniqueAndListedInOrder(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session("s")
        await expectError(StoreError.duplicateSession("s")) { _ = try await fixture.session("s") }
        await expectError(StoreError.invalidSessionID("Bad Id")) { _ = try await fixture.session("Bad Id") }
        let random = try await fixture.store.createSession(
            id: nil, snapshot: Data(), workshop: fixture.workshop, partners: ["A", "B"])
        #expect(AnswerStore.isValidSessionID(random.id))
        try await fixture.session("s-2")
        try await fixture.session("s9")
        // Byte order, as SQLite sorts, whatever PostgreSQL's collation would say.
        #expect(try await fixture.store.sessions().map(\.id) == [random.id, "s", "s-2", "s9"].sorted())
        await expectError(StoreError.unknownSession("missing")) { _ = try await fixture.store.session("missing") }
    }

    @Test(arguments: Backend.all)
    func roundsAreNumberedFromOneWithOneOpenAtATime(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        await expectError(StoreError.roundAlreadyOpen(session: "s", round: 1)) {
            _ = try await fixture.store.openRound(session: "s")
        }
        #expect(try await fixture.store.closeRound(session: "s") == 1)
        await expectError(StoreError.noOpenRound(session: "s")) { _ = try await fixture.store.closeRound(session: "s") }
        #expect(try await fixture.store.openRound(session: "s") == 2)
        let session = try await fixture.store.session("s")
        #expect(session.rounds == [RoundState(number: 1, isOpen: false), RoundState(number: 2, isOpen: true)])
        let summary = try #require(try await fixture.store.sessions().first)
        #expect(summary.currentRound == 2 && summary.currentRoundIsOpen)
        await expectError(StoreError.unknownSession("other")) { _ = try await fixture.store.openRound(session: "other") }
        await expectError(StoreError.unknownSession("other")) { _ = try await fixture.store.closeRound(session: "other") }
    }
}
