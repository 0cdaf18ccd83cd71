import Foundation
import Testing

@testable import AccordCore

/// The statistics of issue 13 against statsmodels, scipy and pingouin
/// (Fixtures/statistics/make_fixtures.py), to 1e-9: q-values, Welch intervals, the change since
/// the previous round, Cronbach's α and driver strength, the last two through the real
/// aggregation pass (three aggregators merged).
@Suite struct ReliabilityReferenceTests {
    struct FDRCase: Decodable { var name: String, p: [Double], q: [Double] }
    struct WelchCase: Decodable {
        var name: String, from: [Double], to: [Double], ciLow: Double?, ciHigh: Double?
    }
    struct ChangeCase: Decodable {
        var name: String, nowFrom: [Double], nowTo: [Double], beforeFrom: [Double], beforeTo: [Double]
        var change: Double, standardError: Double, ciLow: Double, ciHigh: Double, withinNoise: Bool
    }
    struct DimensionCase: Decodable {
        var name: String, rows: [[Int?]], reverse: [Bool], outcomeType: String, minGroupSize: Int
        var complete: Int, pairs: Int, alpha: Double?, r: Double?, rLow: Double?, rHigh: Double?
    }
    struct Reference: Decodable {
        var fdr: [FDRCase], gaps: [WelchCase], changes: [ChangeCase], dimensions: [DimensionCase]
    }

    static let reference: Reference = {
        let url = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/statistics/reference.json")
        return try! JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }()

    func close(
        _ actual: Double?, _ expected: Double?, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        switch (actual, expected) {
        case (nil, nil): break
        case (let a?, let e?):
            #expect(abs(a - e) <= 1e-9, "\(what): \(a) vs reference \(e)", sourceLocation: sourceLocation)
        default:
            Issue.record(
                "\(what): \(String(describing: actual)) vs reference \(String(describing: expected))",
                sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: reference.fdr.map(\.name))
    func qValuesMatchStatsmodels(name: String) {
        let c = Self.reference.fdr.first { $0.name == name }!
        let q = FalseDiscoveryRate.qValues(c.p)
        #expect(q.count == c.q.count)
        for (index, (actual, expected)) in zip(q, c.q).enumerated() { close(actual, expected, "\(name) q[\(index)]") }
    }

    @Test(arguments: reference.gaps.map(\.name))
    func welchIntervalsMatchScipy(name: String) {
        let c = Self.reference.gaps.first { $0.name == name }!
        let interval = IntervalStatistics.welchInterval(from: ValueCounts(answers: c.from), to: ValueCounts(answers: c.to))
        close(interval?.low, c.ciLow, "\(name) ciLow")
        close(interval?.high, c.ciHigh, "\(name) ciHigh")
    }

    @Test(arguments: reference.changes.map(\.name))
    func changeSinceThePreviousRoundMatchesNumpy(name: String) throws {
        let c = Self.reference.changes.first { $0.name == name }!
        func gap(_ from: [Double], _ to: [Double]) throws -> (Double, Double) {
            let (from, to) = (ValueCounts(answers: from), ValueCounts(answers: to))
            return (
                try #require(GapStatistics.meanDifference(from: from, to: to)),
                try #require(IntervalStatistics.welchStandardError(from: from, to: to))
            )
        }
        let (now, nowSE) = try gap(c.nowFrom, c.nowTo)
        let (before, beforeSE) = try gap(c.beforeFrom, c.beforeTo)
        let change = IntervalStatistics.change(now: now, nowSE: nowSE, before: before, beforeSE: beforeSE)
        close(change.change, c.change, "\(name) change")
        close(change.standardError, c.standardError, "\(name) SE")
        close(change.ciLow, c.ciLow, "\(name) ciLow")
        close(change.ciHigh, c.ciHigh, "\(name) ciHigh")
        #expect(change.withinNoise == c.withinNoise)
    }

    /// A workshop of one dimension with the case's items (scale 1–5) and an outcome question.
    static func workshop(_ c: DimensionCase) -> Workshop {
        let agree = Scale(id: "agree5", points: (1...5).map { Scale.Point(value: $0, label: LocalizedText("\($0)")) })
        let eleven = Scale(id: "zero10", points: (0...10).map { Scale.Point(value: $0, label: LocalizedText("\($0)")) })
        var questions = c.reverse.enumerated().map { index, reverse in
            Question(
                id: "item\(index)", kind: .scale(agree), prompt: LocalizedText("Item \(index)"), required: false,
                dimension: "d", reverse: reverse)
        }
        questions.append(
            Question(
                id: "outcome", kind: c.outcomeType == "yesno" ? .yesno : .scale(eleven),
                prompt: LocalizedText("Would you recommend them?"), required: false, outcome: true))
        return Workshop(
            id: "drivers", version: "1", title: LocalizedText("Drivers"),
            anonymity: AnonymityThresholds(minGroupSize: c.minGroupSize, minGroupSizeForText: c.minGroupSize),
            scales: [agree, eleven], dimensions: [Dimension(id: "d", title: LocalizedText("D"))],
            sections: [Section(id: "all", title: LocalizedText("All"), questions: questions)])
    }

    /// The case's rows as submissions of one partner and level, alternately split over three
    /// aggregators counted apart and merged (as the store does on every core).
    static func aggregate(_ c: DimensionCase) throws -> Aggregate {
        let workshop = workshop(c)
        let partners = ["Acme", "Globex"]
        var parts = [Aggregator](repeating: Aggregator(workshop: workshop, partners: partners), count: 3)
        for (index, row) in c.rows.enumerated() {
            var answers: [String: Answer] = [:]
            for (item, value) in row.dropLast().enumerated() {
                if let value { answers["item\(item)"] = .scale(value) }
            }
            if let outcome = row.last! {
                answers["outcome"] = c.outcomeType == "yesno" ? .yesno(outcome == 1) : .scale(outcome)
            }
            try parts[index % 3].add(Submission(partner: "Acme", level: .management, answers: answers))
        }
        var merged = parts[0]
        merged.merge(parts[1])
        merged.merge(parts[2])
        return merged.finish()
    }

    @Test(arguments: reference.dimensions.map(\.name))
    func alphaAndDriverStrengthMatchPingouinAndScipy(name: String) throws {
        let c = Self.reference.dimensions.first { $0.name == name }!
        // Through the one aggregation pass, three aggregators merged; the report adds only
        // the anonymity rules (ReliabilityDisclosureTests).
        let aggregate = try Self.aggregate(c)
        let consistency = aggregate.consistency(dimension: 0, in: .everyone)
        #expect(consistency.count == c.complete)
        close(consistency.alpha(minimum: c.minGroupSize), c.alpha, "\(name) alpha")
        let sums = aggregate.driver(dimension: 0, in: .everyone)
        #expect(sums.n == c.pairs)
        let driver = sums.correlation(minimum: DriverStrength.minimumPairs(minGroupSize: c.minGroupSize))
        close(driver?.r, c.r, "\(name) r")
        close(driver?.ciLow, c.rLow, "\(name) r low")
        close(driver?.ciHigh, c.rHigh, "\(name) r high")
    }
}
