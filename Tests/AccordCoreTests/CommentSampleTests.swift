import Testing

@testable import AccordCore

/// Issue 16: a large round's report shows, per question and group, a seeded uniform random
/// sample of at most `commentLimit` comments with the group's total, kept while counting
/// (`CommentReservoir`); a round within the limit shows every comment as before.
@Suite struct CommentSampleTests {
    static let partners = ["Acme", "Globex"]
    static let cells = Disclosure.groups(partners: partners).filter(\.isCell)

    /// `counts[cell]` submissions per cell explaining "new-markets" with the comment
    /// `c<cell> r<row>` (row: the submission's position), the cells interleaved.
    static func submissions(counts: [Int]) -> [Submission] {
        var made = [0, 0, 0, 0]
        var result: [Submission] = []
        var index = 0
        while made != counts {
            let cell = index % 4
            index += 1
            guard made[cell] < counts[cell] else { continue }
            made[cell] += 1
            result.append(
                Submission(
                    partner: cells[cell].partner!, level: cells[cell].level!,
                    answers: [
                        "vision-shared": .scale(3), "top-goal": .choice("new-markets"),
                        "why-markets": .text("c\(cell) r\(result.count)"),
                    ]))
        }
        return result
    }

    static func aggregate(counts: [Int], limit: Int = 20, seed: UInt64 = 11) throws -> Aggregate {
        var aggregator = Aggregator(
            workshop: SampleWorkshop.workshop, partners: partners, commentLimit: limit, commentSeed: seed)
        for submission in submissions(counts: counts) { try aggregator.add(submission) }
        return aggregator.finish()
    }

    static func report(_ aggregate: Aggregate, shuffle: UInt64 = 1) -> GapReport {
        var generator = SeededGenerator(seed: shuffle)
        return GapReportBuilder(
            workshop: SampleWorkshop.workshop, workshopSHA256: "x",
            session: SessionSummary(id: "s", partners: partners), round: 1
        ).build(aggregate, shuffling: &generator)
    }

    static func row(_ comment: String) -> Int { Int(comment.split(separator: "r").last!)! }

    @Test func aLargeRoundShowsASampleOfEachGroupWithItsTotal() throws {
        let report = Self.report(try Self.aggregate(counts: [100, 100, 100, 100]))
        try #require(report.comments.map(\.group) == [GroupKey(partner: "Acme"), GroupKey(partner: "Globex")])
        for (group, prefixes) in zip(report.comments, [["c0", "c1"], ["c2", "c3"]]) {
            #expect(group.comments.count == 20 && group.total == 200 && group.isSample)
            #expect(Set(group.comments).count == 20, "each submission's comment at most once")
            #expect(group.comments.allSatisfy { prefixes.contains(String($0.prefix(2))) }, "only the group's own comments")
        }
    }

    @Test func statisticsAreNotSampled() throws {
        let aggregate = try Self.aggregate(counts: [100, 100, 100, 100])
        #expect(aggregate.tally("why-markets", in: .everyone)?.answered == 400)
        #expect(aggregate.comments("why-markets", in: .everyone).total == 400)
        #expect(aggregate.submissions(in: .everyone) == 400)
    }

    @Test func aRoundWithinTheLimitShowsEveryComment() throws {
        let report = Self.report(try Self.aggregate(counts: [5, 5, 5, 5]))
        try #require(report.comments.count == 2)
        #expect(report.comments.allSatisfy { $0.comments.count == 10 && $0.total == 10 && !$0.isSample })
        let everyone = Set(Self.submissions(counts: [5, 5, 5, 5]).compactMap {
            if case .text(let text) = $0.answers["why-markets"] { text } else { nil }
        })
        #expect(Set(report.comments.flatMap(\.comments)) == everyone)
    }

    @Test func theSameDataGivesTheSameSampleWhateverTheShuffle() throws {
        let aggregate = try Self.aggregate(counts: [100, 100, 100, 100])
        let first = Self.report(aggregate, shuffle: 1), second = Self.report(aggregate, shuffle: 2)
        #expect(zip(first.comments, second.comments).allSatisfy { Set($0.comments) == Set($1.comments) })
        #expect(first.comments.map(\.comments) != second.comments.map(\.comments), "the order is shuffled")
        let again = Self.report(try Self.aggregate(counts: [100, 100, 100, 100]), shuffle: 1)
        #expect(again.comments == first.comments)
        let otherSeed = Self.report(try Self.aggregate(counts: [100, 100, 100, 100], seed: 12), shuffle: 1)
        #expect(Set(otherSeed.comments[0].comments) != Set(first.comments[0].comments), "another round, another sample")
    }

    /// The sample is uniform over the round, not its first or last comments: over 2 000 comments
    /// in one cell, each quarter of the submissions gives about a quarter of the 200.
    @Test func theSampleIsSpreadOverTheWholeRound() throws {
        for seed in [UInt64(1), 2, 3] {
            let sample = try Self.aggregate(counts: [2000, 0, 0, 0], limit: 200, seed: seed)
                .comments("why-markets", in: GroupKey(partner: "Acme", level: .management))
            #expect(sample.texts.count == 200 && sample.total == 2000)
            var quarters = [0, 0, 0, 0]
            for text in sample.texts { quarters[Self.row(text) * 4 / 2000] += 1 }
            #expect(quarters.allSatisfy { (25...75).contains($0) }, "\(quarters)")
        }
    }

    /// Counted in parts (as the store does on every core) with each submission's position in
    /// the pass, then merged: the very sample of one pass.
    @Test func partsCountedApartAndMergedSampleAsOnePass() throws {
        let submissions = Self.submissions(counts: [150, 120, 90, 300])
        var whole = Aggregator(workshop: SampleWorkshop.workshop, partners: Self.partners, commentLimit: 20, commentSeed: 5)
        for submission in submissions { try whole.add(submission) }
        var parts = [Aggregator](
            repeating: Aggregator(workshop: SampleWorkshop.workshop, partners: Self.partners, commentLimit: 20, commentSeed: 5),
            count: 3)
        let questions = SampleWorkshop.workshop.questions
        for (row, submission) in submissions.enumerated() {
            var sheet = AnswerSheet(questionCount: questions.count)
            for (position, question) in questions.enumerated() { sheet.answers[position] = submission.answers[question.id] }
            try parts[row % 3].add(sheet, partner: submission.partner, level: submission.level, row: row)
        }
        var merged = parts[2]
        merged.merge(parts[0])
        merged.merge(parts[1])
        let expected = whole.finish(), aggregate = merged.finish()
        for group in Disclosure.groups(partners: Self.partners) {
            let sample = aggregate.comments("why-markets", in: group), reference = expected.comments("why-markets", in: group)
            #expect(sample.total == reference.total && Set(sample.texts) == Set(reference.texts), "\(group)")
        }
    }

    @Test func aFormatThatPrintsNoCommentsKeepsNoneButCountsThemAll() {
        var aggregator = Aggregator(workshop: SampleWorkshop.workshop, partners: Self.partners, keepsTexts: false)
        for submission in Self.submissions(counts: [300, 0, 0, 0]) { try? aggregator.add(submission) }
        let sample = aggregator.finish().comments("why-markets", in: .everyone)
        #expect(sample.texts.isEmpty && sample.total == 300)
    }

    @Test func theSeedDependsOnSessionAndRoundOnly() {
        #expect(CommentReservoir.seed(session: "s", round: 1) == CommentReservoir.seed(session: "s", round: 1))
        #expect(CommentReservoir.seed(session: "s", round: 1) != CommentReservoir.seed(session: "s", round: 2))
        #expect(CommentReservoir.seed(session: "s1", round: 1) != CommentReservoir.seed(session: "s", round: 11))
    }
}
