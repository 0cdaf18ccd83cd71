import Testing

@testable import AccordCore

/// Rule 5 of anonymity.md under the comment sample of a large round: the full counts decide
/// which groups may show comments, a sample never shows a group below the threshold, and the
/// shown order carries neither the submission order nor the sample's keys.
extension AnonymityAttackTests {
    @Test func aSampleNeverShowsCommentsOfAPartnerBelowTheTextThreshold() throws {
        // Globex wrote 2 comments, Acme 300: never a Globex group, only everyone pooled.
        let aggregate = try CommentSampleTests.aggregate(counts: [150, 150, 1, 1])
        let report = CommentSampleTests.report(aggregate)
        try #require(report.comments.map(\.group) == [.everyone])
        #expect(report.comments[0].comments.count == 20 && report.comments[0].total == 302)
        // Below the threshold everyone together: nothing at all, sampled or not.
        let few = CommentSampleTests.report(try CommentSampleTests.aggregate(counts: [1, 1, 1, 1]))
        #expect(few.comments.isEmpty)
    }

    @Test func aSampleIsNeverShownPerLevelOrCell() throws {
        for counts in [[400, 1, 400, 1], [1, 400, 1, 400], [300, 300, 300, 300]] {
            let report = CommentSampleTests.report(try CommentSampleTests.aggregate(counts: counts))
            #expect(report.comments.allSatisfy { $0.group.level == nil }, "\(counts)")
        }
    }

    @Test func theShownOrderOfASampleCarriesNoSubmissionOrder() throws {
        let aggregate = try CommentSampleTests.aggregate(counts: [500, 0, 0, 0], limit: 50)
        let orders = (1...6).map { CommentSampleTests.report(aggregate, shuffle: $0).comments[0].comments }
        #expect(Set(orders.map { Set($0) }).count == 1, "one sample")
        #expect(Set(orders).count > 1, "the order comes from the shuffle")
        let rows = orders.map { $0.map(CommentSampleTests.row) }
        #expect(!rows.contains(rows[0].sorted()) && !rows.contains(rows[0].sorted().reversed()))
    }
}
