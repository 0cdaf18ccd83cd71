import Foundation
import Testing

@testable import AccordCore

/// Understanding gaps for every type that can be predicted (`statistics.md`, "Understanding
/// gap"): against numpy (Fixtures/statistics/make_fixtures.py, to 1e-9), in the words every
/// format prints, and hidden as one line naming the question.
@Suite struct UnderstandingGapTests {
    struct Case: Decodable {
        var name: String, kind: String, options: [String]?
        var guesses: [Value], answers: [Value]
        var gap: Double
        var predictedMedian: Double?, actualMedian: Double?, predictedMean: Double?, actualMean: Double?
        var tvd: Double?, predictedTop: String?, predictedTopShare: Double?, actualTop: String?, actualTopShare: Double?
        var actualShareOfPredictedTop: Double?
    }
    /// An option key or a number, as the fixture writes guesses and answers.
    enum Value: Decodable {
        case key(String), number(Double)
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let key = try? container.decode(String.self) { self = .key(key) } else { self = .number(try container.decode(Double.self)) }
        }
    }
    struct Reference: Decodable { var understanding: [Case] }

    static let cases: [Case] = {
        let url = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/statistics/reference.json")
        return try! JSONDecoder().decode(Reference.self, from: Data(contentsOf: url)).understanding
    }()

    static func question(_ c: Case) -> Question {
        let kind: Question.Kind
        switch c.kind {
        case "yesno": kind = .yesno
        case "choice": kind = .choice((c.options ?? []).map { Option(id: $0, label: LocalizedText($0.capitalized)) })
        default: kind = .number(NumberRange())
        }
        return Question(id: "q", kind: kind, prompt: LocalizedText("Q?"), predict: true)
    }

    static func tally(_ values: [Value], options: [String]?) -> QuestionTally {
        var tally = QuestionTally(answered: values.count, categories: Array(repeating: 0, count: options?.count ?? 0))
        for value in values {
            switch value {
            case .key(let key): tally.categories[options!.firstIndex(of: key)!] += 1
            case .number(let number): tally.numbers[number, default: 0] += 1
            }
        }
        return tally
    }

    static func gap(_ c: Case) -> UnderstandingGap {
        var gap = UnderstandingGap(predictingPartner: "Acme", aboutPartner: "Globex", suppressed: false)
        let options = c.kind == "yesno" ? ["yes", "no"] : c.options
        GapReportBuilder.setUnderstanding(
            &gap, question(c), guesses: tally(c.guesses, options: options), answers: tally(c.answers, options: options))
        return gap
    }

    func close(_ actual: Double?, _ expected: Double?, _ what: String) {
        guard let expected else {
            #expect(actual == nil, "\(what)")
            return
        }
        guard let actual else {
            Issue.record("\(what): nil vs reference \(expected)")
            return
        }
        #expect(abs(actual - expected) <= 1e-9, "\(what): \(actual) vs reference \(expected)")
    }

    @Test(arguments: cases.map(\.name))
    func understandingGapsMatchNumpy(name: String) {
        let c = Self.cases.first { $0.name == name }!
        let gap = Self.gap(c)
        close(gap.gap, c.gap, "\(name) gap")
        close(gap.tvd, c.tvd, "\(name) tvd")
        close(gap.predictedMedian, c.predictedMedian, "\(name) predicted median")
        close(gap.actualMedian, c.actualMedian, "\(name) actual median")
        close(gap.predictedMean, c.predictedMean, "\(name) predicted mean")
        close(gap.actualMean, c.actualMean, "\(name) actual mean")
        #expect(gap.predictedTop?.key == c.predictedTop && gap.actualTop?.key == c.actualTop, "\(name) tops")
        close(gap.predictedTop?.share, c.predictedTopShare, "\(name) predicted top share")
        close(gap.actualTop?.share, c.actualTopShare, "\(name) actual top share")
        close(gap.actualShareOfPredictedTop, c.actualShareOfPredictedTop, "\(name) share of the guessed top")
    }

    @Test func aYesNoGapSaysWhatEachSidePicked() {
        let gap = Self.gap(Self.cases.first { $0.name == "yes/no, the issue's example" }!)
        #expect(
            gap.sentence
                == "Acme thinks 70 % of Globex answers “Yes”; 40 % do, and Globex's most frequent answer is “No” (60 %) (TVD 0.30).")
    }

    @Test func aNumberGapComparesMedians() {
        let gap = Self.gap(Self.cases.first { $0.name == "number, even counts" }!)
        #expect(gap.sentence == "Acme expects Globex to answer 12 (median); Globex's median answer is 33 (underestimates by 21).")
    }

    @Test func hiddenGuessesAreOneLineNamingTheQuestion() {
        let hidden = [("Acme", "Globex"), ("Globex", "Acme")].map {
            UnderstandingGap(predictingPartner: $0.0, aboutPartner: $0.1, suppressed: true)
        }
        #expect(
            UnderstandingGap.lines(hidden, prompt: "Where will we be in five years?")
                == ["The guesses on “Where will we be in five years?” are hidden (a group they need is hidden)."])
        var shown = UnderstandingGap(predictingPartner: "Globex", aboutPartner: "Acme", suppressed: false)
        shown.predictedMean = 3
        shown.actualMean = 4
        shown.gap = -1
        #expect(
            UnderstandingGap.lines([hidden[0], shown], prompt: "Q?")
                == ["Globex thinks Acme answers 3.0 on average; Acme really answers 4.0 (underestimates by 1.0).",
                    "Acme's guesses on “Q?” are hidden (a group they need is hidden)."])
    }

    /// Case 1 of issue 12: guesses on a choice question are reported, not dropped.
    @Test func choicePredictionsAreReported() throws {
        var workshop = SampleWorkshop.workshop
        for s in workshop.sections.indices {
            for q in workshop.sections[s].questions.indices where workshop.sections[s].questions[q].id == "top-goal" {
                workshop.sections[s].questions[q].predict = true
            }
        }
        let submissions = GapReportBuilderTests.submissions().enumerated().map { index, submission in
            var submission = submission
            // Acme guesses Globex picks cost four times in six; Globex guesses Acme right.
            submission.predictions["top-goal"] = .choice(
                submission.partner == "Acme" ? (index < 4 ? "cost" : "new-markets") : "new-markets")
            return submission
        }
        let report = try GapReportBuilderTests.report(submissions, workshop: workshop)
        let gaps = try #require(report.questions.first { $0.id == "top-goal" }).understandingGaps
        #expect(gaps.map(\.sentence) == [
            "Acme thinks 67 % of Globex answers “Lower cost”; 100 % do (TVD 0.33).",
            "Globex thinks 100 % of Acme answers “New markets”; 100 % do (TVD 0.00).",
        ])
    }
}
