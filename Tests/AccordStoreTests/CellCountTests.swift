import AccordCore
import AccordStore
import Foundation
import Testing

/// Issue 15: the facilitator's counts per partner × level cell come from one `GROUP BY`, for
/// the console and the server alike, on every backend: only the round's own submissions, and
/// no answer read.
@Suite struct CellCountTests {
    @Test(arguments: Backend.all)
    func eachCellOfTheRoundIsCountedAndNothingElse(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        try await fixture.session("other")
        try await fixture.importLines(
            Array(repeating: BackendFixture.line(), count: 3)
                + [BackendFixture.line(level: "execution")]
                + Array(repeating: BackendFixture.line(partner: "Globex", level: "execution"), count: 2))
        try await fixture.importLines([BackendFixture.line(partner: "Globex")], session: "other")
        try await fixture.store.closeRound(session: "s")
        try await fixture.store.openRound(session: "s")
        try await fixture.submitLive(StoreFixture.submission(partner: "Globex", level: .management))
        let roundOne = [
            GroupKey(partner: "Acme", level: .management): 3, GroupKey(partner: "Acme", level: .execution): 1,
            GroupKey(partner: "Globex", level: .execution): 2,
        ]
        #expect(try await fixture.store.cellCounts(session: "s", round: 1) == roundOne)
        #expect(try await fixture.store.cellCounts(session: "s", round: 2) == [GroupKey(partner: "Globex", level: .management): 1])
        #expect(try await fixture.store.cellCounts(session: "s", round: 3).isEmpty)
        // The façade the console and the server drive counts the same way.
        let server = try await fixture.server()
        let counted = try await BackendFixture.offPool { try StoreFacilitationSession(store: server, session: "s").cellCounts(round: 1) }
        #expect(counted == roundOne)
        await BackendFixture.close(server)
    }

    @Test(arguments: Backend.all)
    func countingReadsNoAnswer(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        try await fixture.submitLive(StoreFixture.submission())
        // A row whose answers no reader could decode, written past the store: a count that
        // read answers would fail on it.
        _ = try await fixture.raw(
            backend == .sqlite
                ? """
                INSERT INTO submission (id, sessionID, round, partner, level, answers, predictions)
                VALUES (randomblob(16), 's', 1, 'Acme', 'management', 'not answers', '{}')
                """
                : """
                INSERT INTO submission (id, session_id, round, partner, level, answers, predictions)
                VALUES (decode(md5(random()::text), 'hex'), 's', 1, 'Acme', 'management', 'not answers', '{}')
                """)
        await #expect(throws: StoreError.self) {
            _ = try await fixture.store.aggregate(session: "s", round: 1, keepingTexts: true)
        }
        #expect(try await fixture.store.cellCounts(session: "s", round: 1) == [GroupKey(partner: "Acme", level: .management): 2])
    }
}
