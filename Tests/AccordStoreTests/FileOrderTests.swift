import AccordCore
import AccordStore
import Foundation
import GRDB
import Testing

/// `anonymity.md` rule 1 against someone who reads the database file's bytes, not its tables.
/// SQLite only: a row's place inside a SQLite page (PostgreSQL's raw pages after a close are
/// checked in `StorageAnonymityTests`; during an open round `ctid` follows arrival, as documented).
@Suite struct FileOrderTests {
    /// Where each row's marker lies in the file, in insertion order.
    static func offsets(_ fixture: StoreFixture, count: Int) throws -> [Int] {
        let bytes = try fixture.fileBytes()
        return try (0..<count).map { index in
            try #require(bytes.range(of: Data("marker-\(index)-end".utf8))).lowerBound
        }
    }

    @Test func afterARoundClosesNeitherPagesNorPlacesInAPageTellTheOrder() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try fixture.session()
        let count = 300
        for index in 0..<count {
            try fixture.store.submit(StoreFixture.submission(comment: "marker-\(index)-end"), session: "s")
        }
        try fixture.store.closeRound(session: "s")
        // Closed, rows lie where their random keys put them, in the file and in each page.
        let offsets = try Self.offsets(fixture, count: count)
        let fileOrder = offsets.enumerated().sorted { $0.element < $1.element }.map(\.offset)
        #expect(abs(StorageAnonymityTests.rankCorrelation(fileOrder)) < 0.3)
        #expect(try Self.shareOfPairsInKeyOrder(fixture, count: count) > 0.95)
        #expect(try Self.shareOfPairsInInsertionOrder(fixture, count: count) < 0.58)
    }

    /// Issue 18 case 7: after 120 participants submitted one after another, 61–66 % of the
    /// pairs of rows sharing a page lay in insertion order while the round was open (SQLite
    /// places each new cell below the last one). 50 % says nothing. With random keys the share
    /// of one file of 120 rows scatters by about ±3.5 points (taken in the direction most pairs
    /// take, it exceeded 0.58 about one run in fifty, and did in one CI run), so three files'
    /// pairs are pooled: ±2 points, and a share of 0.58 is four of those from 0.5.
    @Test func whileARoundIsOpenPlacesInAPageDoNotTellTheOrder() throws {
        var pooled = (inOrder: 0, pairs: 0)
        for _ in 0..<3 {
            let fixture = try StoreFixture()
            defer { fixture.remove() }
            try fixture.session()
            let count = 120
            for index in 0..<count {
                if index % 2 == 0 {
                    try fixture.store.submit(StoreFixture.submission(comment: "marker-\(index)-end"), session: "s")
                } else {
                    var draft = try fixture.store.startDraft(session: "s", partner: "Globex", level: .execution)
                    let submission = StoreFixture.submission(comment: "marker-\(index)-end")
                    draft.answers = submission.answers
                    draft.predictions = submission.predictions
                    try fixture.store.saveDraft(draft)
                    try fixture.store.submitDraft(draft)
                }
            }
            #expect(try fixture.store.session("s").openRound == 1)
            let pairs = try Self.pairs(fixture, count: count, precedes: { $0 < $1 })
            pooled = (pooled.inOrder + pairs.inOrder, pooled.pairs + pairs.pairs)
            #expect(try Self.shareOfPairsInKeyOrder(fixture, count: count) > 0.95)
        }
        let share = Self.share(pooled)
        #expect(share < 0.58, "share of same-page pairs in insertion order: \(share)")
    }

    /// Of every two rows in one page, the share whose order in the page is the order they
    /// were submitted in (in the direction most pairs take): 0.5 says nothing, 1 everything.
    static func shareOfPairsInInsertionOrder(_ fixture: StoreFixture, count: Int) throws -> Double {
        try shareOfPairs(fixture, count: count, precedes: { $0 < $1 })
    }

    /// Of every two rows in one page, the share whose order in the page is their key order (in
    /// the direction most pairs take). Every copy counts: in a `WITHOUT ROWID` table the pages
    /// above the leaves hold whole rows as dividers.
    static func shareOfPairsInKeyOrder(_ fixture: StoreFixture, count: Int) throws -> Double {
        try shareOfPairs(fixture, count: count, precedes: nil)
    }

    /// Of every two rows in one page, the share whose order in the page agrees with
    /// `precedes(first index, second index)` (by default, key order), in either direction.
    private static func shareOfPairs(
        _ fixture: StoreFixture, count: Int, precedes: ((Int, Int) -> Bool)?
    ) throws -> Double {
        share(try pairs(fixture, count: count, precedes: precedes))
    }

    /// The share of `pairs` in order, in the direction most pairs take (0.5 to 1).
    static func share(_ pairs: (inOrder: Int, pairs: Int)) -> Double {
        let share = Double(pairs.inOrder) / Double(max(pairs.pairs, 1))
        return max(share, 1 - share)
    }

    /// Every two rows in one page, and how many of them lie in the order `precedes` gives
    /// (by default, key order).
    static func pairs(
        _ fixture: StoreFixture, count: Int, precedes: ((Int, Int) -> Bool)?
    ) throws -> (inOrder: Int, pairs: Int) {
        var keys = [Data](repeating: Data(), count: count)
        try fixture.raw().read { db in
            for row in try Row.fetchAll(db, sql: "SELECT id, answers FROM submission") {
                let answers: String = row[1]
                let index = Int(answers.split(separator: "marker-")[1].prefix { $0.isNumber })!
                keys[index] = row[0]
            }
        }
        let bytes = try fixture.fileBytes()
        var byPage: [Int: [(offset: Int, index: Int)]] = [:]
        var searchFrom = bytes.startIndex
        let marker = Data("marker-".utf8)
        while let found = bytes.range(of: marker, in: searchFrom..<bytes.endIndex) {
            let digits = bytes[found.upperBound...].prefix { (0x30...0x39).contains($0) }
            if let index = Int(String(decoding: digits, as: UTF8.self)), index < count {
                byPage[found.lowerBound / 4096, default: []].append((found.lowerBound, index))
            }
            searchFrom = found.upperBound
        }
        var pairs = 0
        var ascending = 0
        for rows in byPage.values {
            for a in rows.indices {
                for b in rows.indices where b > a {
                    pairs += 1
                    let first = keys[rows[a].index]
                    let second = keys[rows[b].index]
                    let inOrder =
                        precedes.map { $0(rows[a].index, rows[b].index) } ?? first.lexicographicallyPrecedes(second)
                    if (rows[a].offset < rows[b].offset) == inOrder { ascending += 1 }
                }
            }
        }
        return (ascending, pairs)
    }
}
