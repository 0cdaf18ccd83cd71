import Foundation
import Testing

@testable import AccordCore

/// The timing behind scripts/benchmark-report.sh: aggregate 100 000 submissions of a
/// 40-question workshop and build the report. It asserts what the report says, never a time
/// (timings vary with the machine); it runs only with ACCORD_BENCHMARK=1.
@Suite struct ReportBenchmark {
    static func workshop() -> Workshop {
        let scale = Scale(id: "agree5", points: (1...5).map { Scale.Point(value: $0, label: LocalizedText("\($0)")) })
        let options = ["a", "b", "c", "d", "e"].map { Option(id: $0, label: LocalizedText($0)) }
        let questions = (0..<40).map { index -> Question in
            let kind: Question.Kind
            switch index % 8 {
            case 0...3: kind = .scale(scale)
            case 4: kind = .choice(options)
            case 5: kind = .multi(options, min: 1, max: 3)
            case 6: kind = .rank(options)
            default: kind = .number(NumberRange(min: 0, max: 60, integer: true))
            }
            return Question(
                id: "q\(index)", kind: kind, prompt: LocalizedText("Question \(index)"),
                dimension: "d\(index % 5)", predict: index % 8 == 0, allowDontKnow: true)
        }
        return Workshop(
            id: "bench", version: "1", title: LocalizedText("Bench"), scales: [scale],
            dimensions: (0..<5).map { Dimension(id: "d\($0)", title: LocalizedText("D\($0)")) },
            sections: [Section(id: "all", title: LocalizedText("All"), questions: questions)])
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["ACCORD_BENCHMARK"] == "1"))
    func aHundredThousandSubmissionsOfFortyQuestions() throws {
        let workshop = Self.workshop()
        let partners = ["Acme", "Globex"]
        var generator = SeededGenerator(seed: 42)
        let options = ["a", "b", "c", "d", "e"]
        let submissions = (0..<100_000).map { index -> Submission in
            var answers: [String: Answer] = [:]
            for question in workshop.questions {
                switch question.type {
                case .scale: answers[question.id] = .scale(Int.random(in: 1...5, using: &generator))
                case .choice: answers[question.id] = .choice(options.randomElement(using: &generator)!)
                case .multi: answers[question.id] = .multi(Array(options.shuffled(using: &generator).prefix(2)))
                case .rank: answers[question.id] = .rank(options.shuffled(using: &generator))
                default: answers[question.id] = .number(Double(Int.random(in: 0...60, using: &generator)))
                }
            }
            return Submission(
                partner: partners[index % 2], level: index % 3 == 0 ? .management : .execution, answers: answers,
                predictions: ["q0": .scale(3), "q8": .scale(4)])
        }
        let clock = ContinuousClock()
        var report: GapReport?
        let aggregation = try clock.measure {
            var aggregator = Aggregator(workshop: workshop, partners: partners)
            for submission in submissions { try aggregator.add(submission) }
            let building = clock.measure {
                report = GapReportBuilder(
                    workshop: workshop, workshopSHA256: "x", session: SessionSummary(id: "s", partners: partners),
                    round: 1
                ).build(aggregator.finish())
            }
            print("benchmark: building the report took \(building)")
        }
        print("benchmark: aggregating 100 000 submissions and building the report took \(aggregation)")
        #expect(report?.groups.first?.n == 100_000)
        #expect(report?.questions.count == 40)
    }
}
