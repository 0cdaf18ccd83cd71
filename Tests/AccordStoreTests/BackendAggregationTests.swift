import AccordCore
import AccordStore
import Foundation
import Testing

/// `aggregate` on every backend counts what an `Aggregator` counts from the same submissions,
/// and `exportAnswers` gives the same rows.
@Suite struct BackendAggregationTests {
    /// 60 submissions over the four cells with varied answers and comments.
    static let submissions: [Submission] = (0..<60).map { index in
        StoreFixture.submission(
            partner: index % 2 == 0 ? "Acme" : "Globex", level: index % 3 == 0 ? .execution : .management,
            vision: 1 + index % 5, months: index % 4 == 0 ? nil : index, comment: index % 5 == 0 ? "idea \(index)" : nil)
    }

    @Test(arguments: Backend.all)
    func aRoundIsCountedAsAnAggregatorCountsItsSubmissions(_ backend: Backend) async throws {
        let fixture = try await BackendFixture(backend)
        defer { fixture.remove() }
        try await fixture.session()
        try await fixture.submit(Self.submissions)
        var aggregator = Aggregator(workshop: fixture.workshop, partners: ["Acme", "Globex"])
        for submission in Self.submissions { try aggregator.add(submission) }
        let expected = aggregator.finish()
        for keepingTexts in [true, false] {
            let counted = try await fixture.store.aggregate(session: "s", round: 1, keepingTexts: keepingTexts)
            for group in Disclosure.groups(partners: ["Acme", "Globex"]) {
                #expect(counted.submissions(in: group) == expected.submissions(in: group))
                for question in ["vision", "goal", "months", "trust"] {
                    #expect(counted.tally(question, in: group) == expected.tally(question, in: group), "\(question) \(group)")
                    #expect(
                        counted.tally(question, in: group, predictions: true)
                            == expected.tally(question, in: group, predictions: true))
                }
                #expect(
                    counted.comments("comment", in: group).texts.sorted()
                        == (keepingTexts ? expected.comments("comment", in: group).texts.sorted() : []))
            }
        }
        let empty = try await fixture.store.aggregate(session: "s", round: 1, keepingTexts: true)
        #expect(empty.submissions(in: GroupKey(partner: nil, level: nil)) == 60)
        await expectError(StoreError.unknownSession("missing")) {
            _ = try await fixture.store.aggregate(session: "missing", round: 1, keepingTexts: true)
        }
    }

    /// The export's rows are shuffled afresh each time, so the same rows, sorted: byte for byte.
    @Test(.enabled(if: Backend.all.contains(.postgres), Backend.unset), arguments: [ExportFormat.csv, .jsonl])
    func theSameSubmissionsExportTheSameRowsOnBothBackends(_ format: ExportFormat) async throws {
        var exports: [[String]] = []
        var summaries: [ExportSummary] = []
        for backend in [Backend.sqlite, .postgres] {
            let fixture = try await BackendFixture(backend)
            defer { fixture.remove() }
            try await fixture.session()
            try await fixture.submit(Self.submissions)
            try await fixture.store.closeRound(session: "s")
            var output = ""
            summaries.append(try await fixture.store.exportAnswers(session: "s", format: format) { output += $0 })
            exports.append(output.split(separator: format == .csv ? "\r\n" : "\n").map(String.init).sorted())
        }
        #expect(exports[0].count > 100)
        #expect(exports[0] == exports[1])
        #expect(summaries[0] == summaries[1])
    }
}
