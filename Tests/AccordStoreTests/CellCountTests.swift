import AccordCore
import AccordStore
import Foundation
import GRDB
import Testing

/// Issue 15: the facilitator's counts per partner × level cell come from one `GROUP BY`, for
/// the console and the server alike: only the round's own submissions, and no answer read.
@Suite struct CellCountTests {
    @Test func eachCellOfTheRoundIsCountedAndNothingElse() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        try fixture.session("other")
        for (partner, level, count) in [("Acme", Level.management, 3), ("Acme", .execution, 1), ("Globex", .execution, 2)] {
            for _ in 0..<count { try fixture.store.submit(StoreFixture.submission(partner: partner, level: level), session: "s") }
        }
        try fixture.store.submit(StoreFixture.submission(partner: "Globex", level: .management), session: "other")
        _ = try fixture.store.closeRound(session: "s")
        _ = try fixture.store.openRound(session: "s")
        try fixture.store.submit(StoreFixture.submission(partner: "Globex", level: .management), session: "s")

        #expect(
            try fixture.store.cellCounts(session: "s", round: 1) == [
                GroupKey(partner: "Acme", level: .management): 3, GroupKey(partner: "Acme", level: .execution): 1,
                GroupKey(partner: "Globex", level: .execution): 2,
            ])
        #expect(try fixture.store.cellCounts(session: "s", round: 2) == [GroupKey(partner: "Globex", level: .management): 1])
        #expect(try fixture.store.cellCounts(session: "s", round: 3).isEmpty)
        // The façade the console and the server drive counts the same way.
        let session = try StoreFacilitationSession(store: fixture.store, session: "s")
        #expect(try session.cellCounts(round: 1) == fixture.store.cellCounts(session: "s", round: 1))
    }

    @Test func countingReadsNoAnswer() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        try fixture.store.submit(StoreFixture.submission(), session: "s")
        // A row whose answers no reader could decode, written past the store: a count that
        // read answers would fail on it.
        try fixture.raw().write { db in
            try db.execute(
                sql: """
                    INSERT INTO submission (id, sessionID, round, partner, level, answers, predictions)
                    VALUES (randomblob(16), 's', 1, 'Acme', 'management', 'not answers', '{}')
                    """)
        }
        #expect(throws: StoreError.self) { try fixture.store.aggregate(session: "s", round: 1) }
        #expect(try fixture.store.cellCounts(session: "s", round: 1) == [GroupKey(partner: "Acme", level: .management): 2])
    }
}
