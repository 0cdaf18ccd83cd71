import Testing

@testable import AccordCore

/// Rule 5 of anonymity.md: comments only for groups that meet minGroupSizeForText (per
/// partner: `CommentGroupingTests`), shuffled, with contact details masked.
@Suite struct CommentDisclosureTests {
    static let partners = ["Acme", "Globex"]

    /// `comments` submissions that explain "new-markets" (spread over all four cells) and
    /// `silent` that choose "cost".
    static func report(comments: Int, silent: Int = 8, seed: UInt64 = 1) throws -> GapReport {
        var aggregator = Aggregator(workshop: SampleWorkshop.workshop, partners: partners)
        let cells = Disclosure.groups(partners: partners).filter(\.isCell)
        for index in 0..<(comments + silent) {
            let cell = cells[index % 4]
            var answers: [String: Answer] = ["vision-shared": .scale(3)]
            if index < comments {
                answers["top-goal"] = .choice("new-markets")
                answers["why-markets"] = .text("comment \(index)")
            } else {
                answers["top-goal"] = .choice("cost")
            }
            try aggregator.add(Submission(partner: cell.partner!, level: cell.level!, answers: answers))
        }
        var generator = SeededGenerator(seed: seed)
        return GapReportBuilder(
            workshop: SampleWorkshop.workshop, workshopSHA256: "x",
            session: SessionSummary(id: "s", partners: partners),
            round: 1
        ).build(aggregator.finish(), shuffling: &generator)
    }

    @Test func fewerCommentsThanTheTextThresholdAreNeverShown() throws {
        // 4 comments in a group of 12 submissions: the group is large, the authors are not.
        let report = try Self.report(comments: 4)
        #expect(report.comments.isEmpty)
        #expect(report.groups[0].n == 12)
    }

    @Test func commentsAtTheThresholdAreShownForEveryoneOnly() throws {
        let report = try Self.report(comments: 5)
        #expect(report.comments.count == 1)
        #expect(report.comments[0].group == .everyone && report.comments[0].questionID == "why-markets")
        #expect(Set(report.comments[0].comments) == Set((0..<5).map { "comment \($0)" }))
    }

    @Test func blankAnswersDoNotCountTowardsTheThreshold() throws {
        var aggregator = Aggregator(workshop: SampleWorkshop.workshop, partners: Self.partners)
        for index in 0..<12 {
            let text = index < 4 ? "real \(index)" : "   "
            try aggregator.add(
                Submission(
                    partner: Self.partners[index % 2], level: index % 4 < 2 ? .management : .execution,
                    answers: ["top-goal": .choice("new-markets"), "why-markets": .text(text)]))
        }
        let report = GapReportBuilder(
            workshop: SampleWorkshop.workshop, workshopSHA256: "x",
            session: SessionSummary(id: "s", partners: Self.partners),
            round: 1
        ).build(aggregator.finish())
        #expect(report.comments.isEmpty)
    }

    @Test func commentsAreShuffledNotInStorageOrder() throws {
        // 9 comments: 5 from Acme, 4 from Globex, so pooled for everyone.
        let orders = try (1...6).map { try Self.report(comments: 9, seed: $0).comments[0].comments }
        let stored = (0..<9).map { "comment \($0)" }
        #expect(orders.allSatisfy { Set($0) == Set(stored) })
        #expect(Set(orders).count > 1, "the order must depend on the shuffle")
        #expect(!orders.contains(stored) && !orders.contains(stored.sorted()))
        #expect(try Self.report(comments: 12, seed: 3).comments == Self.report(comments: 12, seed: 3).comments)
    }

    @Test func contactDetailsAreMasked() {
        #expect(CommentMasking.mask("write to jo.doe+work@acme.co.uk now") == "write to [email] now")
        #expect(CommentMasking.mask("see https://intranet.acme.com/a?b=1, or www.acme.com.") == "see [link] or [link]")
        #expect(CommentMasking.mask("details on globex.io/plan") == "details on [link]")
        #expect(CommentMasking.mask("call +44 20 7946 0958 or (555) 123-4567") == "call [phone] or [phone]")
        #expect(
            CommentMasking.mask("in 2026 we need 12 months and 3.5 people")
                == "in 2026 we need 12 months and 3.5 people")
    }

    /// The quick check that skips the regular expressions must never skip a comment they would
    /// change: digits beyond ASCII are digits to `\d` and to `isNumber`.
    @Test(arguments: [
        "call ٠١٢٣٤٥٦٧٨٩ today", "call ０１２３４５６ now", "mail jo@acme.com", "see www.acme.com", "x://y",
        "https://a.b", "visit ACME.COM today", "call 555 1234 567", "We agree. Mostly.", "in 2026, 12 months",
        "Ünïcödé words only", "a.b",
    ])
    func theQuickCheckNeverSkipsWhatMaskingChanges(_ text: String) {
        if CommentMasking.mask(text) != text { #expect(CommentMasking.mightChange(text)) }
    }

    @Test func phoneNumbersInOtherDigitsAreMasked() {
        #expect(CommentMasking.mask("call ٠١٢٣٤٥٦٧٨٩ today") == "call [phone] today")
        #expect(!CommentMasking.mightChange("We agree. Mostly."))
    }

    @Test func shownCommentsAreMasked() throws {
        var aggregator = Aggregator(workshop: SampleWorkshop.workshop, partners: Self.partners)
        for index in 0..<6 {
            try aggregator.add(
                Submission(
                    partner: Self.partners[index % 2], level: index < 3 ? .management : .execution,
                    answers: ["top-goal": .choice("new-markets"), "why-markets": .text("mail me at me\(index)@x.org")]))
        }
        let report = GapReportBuilder(
            workshop: SampleWorkshop.workshop, workshopSHA256: "x",
            session: SessionSummary(id: "s", partners: Self.partners),
            round: 1
        ).build(aggregator.finish())
        #expect(report.comments[0].comments == Array(repeating: "mail me at [email]", count: 6))
    }
}
