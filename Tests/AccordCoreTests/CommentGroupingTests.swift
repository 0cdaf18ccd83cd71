import Testing

@testable import AccordCore

/// Rule 5 of anonymity.md as built: a question's comments per partner when each partner's
/// non-blank comments reach minGroupSizeForText, otherwise pooled; never per level or cell.
@Suite struct CommentGroupingTests {
    /// `comments` submissions with a comment spread over the four cells (Acme management,
    /// Acme execution, Globex management, Globex execution, in turn), eight without.
    static func report(comments: Int) throws -> GapReport {
        try CommentDisclosureTests.report(comments: comments)
    }

    @Test func commentsArePerPartnerWhenEachPartnerHasEnough() throws {
        // 12 comments: 6 from Acme (indices 0, 1, 4, 5, 8, 9: cells 0 and 1) and 6 from Globex.
        let report = try Self.report(comments: 12)
        try #require(report.comments.map(\.group) == [GroupKey(partner: "Acme"), GroupKey(partner: "Globex")])
        let acme = Set((0..<12).filter { $0 % 4 < 2 }.map { "comment \($0)" })
        #expect(Set(report.comments[0].comments) == acme)
        #expect(Set(report.comments[1].comments) == Set((0..<12).map { "comment \($0)" }).subtracting(acme))
    }

    @Test func commentsArePooledWhenOnePartnerHasTooFew() throws {
        // 9 comments: Acme 5, Globex 4.
        let report = try Self.report(comments: 9)
        try #require(report.comments.map(\.group) == [.everyone])
        #expect(report.comments[0].comments.count == 9)
    }

    /// The attack: an attacker who sees a question's comments pooled in one output and per
    /// partner in another learns the smaller partner's comments as the difference. Whatever
    /// the counts, one report shows a question's comments at exactly one grouping, each group
    /// with at least minGroupSizeForText comments, and per partner only when every partner
    /// reaches it; never per level or cell.
    @Test func noPartnersCommentsCanBeWorkedOutFromPooledAndPerPartnerOutputs() throws {
        for comments in 0...24 {
            let report = try Self.report(comments: comments)
            let groups = report.comments.filter { $0.questionID == "why-markets" }
            #expect(groups.allSatisfy { $0.comments.count >= report.anonymity.minGroupSizeForText })
            #expect(groups.allSatisfy { $0.group.level == nil })
            let kinds = Set(groups.map { $0.group.partner == nil })
            #expect(kinds.count <= 1, "\(comments) comments: pooled and per partner side by side")
            if kinds == [false] { #expect(groups.count == 2, "\(comments) comments: one partner alone") }
        }
    }
}
