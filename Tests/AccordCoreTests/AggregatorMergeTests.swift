import Testing

@testable import AccordCore

/// Counting by question position and merging aggregators counted apart (as the store does on
/// every core) gives the counts of one aggregator fed every submission.
@Suite struct AggregatorMergeTests {
    static let partners = ["Acme", "Globex"]

    static func submissions(_ count: Int, of workshop: Workshop) -> [Submission] {
        var generator = SeededGenerator(seed: 7)
        let options = ["a", "b", "c", "d", "e"]
        return (0..<count).map { index in
            var answers: [String: Answer] = [:]
            for question in workshop.questions where Int.random(in: 0..<10, using: &generator) > 0 {
                switch question.type {
                case .scale: answers[question.id] = index % 9 == 0 ? .dontKnow : .scale(Int.random(in: 1...5, using: &generator))
                case .choice: answers[question.id] = .choice(options.randomElement(using: &generator)!)
                case .multi: answers[question.id] = .multi(Array(options.shuffled(using: &generator).prefix(2)))
                case .rank: answers[question.id] = .rank(options.shuffled(using: &generator))
                default: answers[question.id] = .number(Double(Int.random(in: 0...60, using: &generator)))
                }
            }
            return Submission(
                partner: partners[index % 2], level: index % 3 == 0 ? .management : .execution, answers: answers,
                predictions: ["q0": .scale(1 + index % 5), "q8": .scale(4)])
        }
    }

    static func sheet(_ submission: Submission, of workshop: Workshop) -> AnswerSheet {
        var sheet = AnswerSheet(questionCount: workshop.questions.count)
        for (position, question) in workshop.questions.enumerated() {
            sheet.answers[position] = submission.answers[question.id]
            sheet.predictions[position] = submission.predictions[question.id]
        }
        return sheet
    }

    @Test func sheetsCountedInPartsAndMergedCountLikeOneAggregator() throws {
        var workshop = ReportBenchmark.workshop()
        workshop.sections[0].questions[1].outcome = true
        let submissions = Self.submissions(600, of: workshop)
        var whole = Aggregator(workshop: workshop, partners: Self.partners)
        for submission in submissions { try whole.add(submission) }
        var parts = [Aggregator](repeating: Aggregator(workshop: workshop, partners: Self.partners), count: 3)
        for (index, submission) in submissions.enumerated() {
            try parts[index * 3 / submissions.count].add(
                Self.sheet(submission, of: workshop), partner: submission.partner, level: submission.level)
        }
        var merged = parts[0]
        merged.merge(parts[1])
        merged.merge(parts[2])
        let expected = whole.finish()
        let aggregate = merged.finish()
        let groups = [GroupKey.everyone] + Self.partners.map { GroupKey(partner: $0) }
            + Self.partners.flatMap { partner in Level.allCases.map { GroupKey(partner: partner, level: $0) } }
        for group in groups {
            #expect(aggregate.submissions(in: group) == expected.submissions(in: group))
            for question in workshop.questions {
                #expect(aggregate.tally(question.id, in: group) == expected.tally(question.id, in: group))
                #expect(
                    aggregate.tally(question.id, in: group, predictions: true)
                        == expected.tally(question.id, in: group, predictions: true))
            }
        }
        #expect(aggregate.submissions(in: .everyone) == 600)
        // α's sums are integers; the driver sums are whole numbers held as Doubles: both exact.
        for group in groups {
            for dimension in workshop.dimensions.indices {
                let consistency = aggregate.consistency(dimension: dimension, in: group)
                #expect(consistency == expected.consistency(dimension: dimension, in: group))
                #expect(consistency.count > 0)
                let driver = aggregate.driver(dimension: dimension, in: group)
                let reference = expected.driver(dimension: dimension, in: group)
                #expect(driver == reference && driver.n > 0)
            }
        }
    }

    @Test func aSheetForAnotherPartnerIsRefused() {
        let workshop = ReportBenchmark.workshop()
        var aggregator = Aggregator(workshop: workshop, partners: Self.partners)
        #expect(throws: AggregationError.unknownPartner("Initech", partners: Self.partners)) {
            try aggregator.add(
                AnswerSheet(questionCount: workshop.questions.count), partner: "Initech", level: .management)
        }
    }
}
