import AccordCore
import AccordStore
import Foundation
import Testing

/// What a database administrator can learn from the store's tables, on every backend
/// (docs/storage.md): no time, no counter, and once a round is closed no order of arrival.
@Suite struct BackendAnonymityTests {
    @Test(arguments: Backend.all)
    func noColumnHoldsATimeAndNothingCountsInsertions(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        try await fixture.importLines([BackendFixture.line()])
        let columns = try await fixture.columns()
        let submission = Set(columns.filter { $0.table == "submission" }.map { $0.column.replacingOccurrences(of: "_", with: "") })
        #expect(submission == ["id", "sessionid", "round", "partner", "level", "answers", "predictions"])
        for column in columns {
            #expect(!column.type.contains("time") && !column.type.contains("date"), "\(column)")
            #expect(!column.column.contains("time") && !column.column.contains("created"), "\(column)")
        }
        #expect(try await fixture.counters() == [])
    }

    /// Two imports (two transactions, rows placed as they came), then the round closes: the
    /// rows lie in the order of their random keys, carry one transaction (PostgreSQL's `xmin`),
    /// and neither that order nor the keys say which import a row came in.
    @Test(arguments: Backend.all)
    func closingARoundLeavesNoOrderOfArrival(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        let count = 300
        for part in 0..<2 {
            try await fixture.submit((0..<count / 2).map { StoreFixture.submission(months: part * count / 2 + $0) })
        }
        if backend == .postgres {
            #expect(try await fixture.storageOrder().transactions == 2, "each import is its own transaction")
        }
        try await fixture.store.closeRound(session: "s")
        let (rows, transactions) = try await fixture.storageOrder()
        #expect(rows.count == count)
        #expect(rows.map(\.key) == rows.map(\.key).sorted(), "rows lie in key order")
        if backend == .postgres { #expect(transactions == 1, "every row carries the closing transaction") }
        let arrival = rows.map { row in
            Int(row.answers.split(separator: "\"months\":")[1].prefix { $0.isNumber })!
        }
        // A random permutation has a rank correlation near 0 (sd ≈ 0.06 for 300).
        #expect(abs(StorageAnonymityTests.rankCorrelation(arrival)) < 0.3)
    }

    @Test(arguments: Backend.all)
    func submissionsCannotBeUpdatedOrDeletedAndAClosedRoundNeverReopens(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        try await fixture.importLines([BackendFixture.line()])
        await #expect(throws: (any Error).self) { _ = try await fixture.raw("UPDATE submission SET partner = 'Globex'") }
        await #expect(throws: (any Error).self) { _ = try await fixture.raw("DELETE FROM submission") }
        try await fixture.store.closeRound(session: "s")
        let reopen = backend == .sqlite ? "UPDATE round SET isOpen = 1" : "UPDATE round SET is_open = true"
        await #expect(throws: (any Error).self) { _ = try await fixture.raw(reopen) }
        #expect(try await fixture.submissionCount() == 1)
    }
}
