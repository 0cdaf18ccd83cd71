import Foundation
import Testing

@testable import AccordCore

/// Every statistic against numpy/scipy (Fixtures/statistics/make_fixtures.py), to 1e-9.
@Suite struct StatisticsReferenceTests {
    struct Within: Decodable {
        var name: String, answers: [Double], points: Int?, n: Int
        var mean: Double, median: Double, sd: Double?, rwg: Double?, adm: Double
    }
    struct GapCase: Decodable {
        var name: String, from: [Double], to: [Double], scaleMin: Int?, points: Int?
        var meanDifference: Double, cliffsDelta: Double, emd: Double?, tvd: Double?, pValue: Double?
    }
    struct RankCase: Decodable {
        var name: String, options: Int, from: [[Int]], to: [[Int]]
        var fromMeanRanks: [Double], toMeanRanks: [Double], kendallTau: Double?
    }
    struct MinimumP: Decodable { var fromN: Int, toN: Int, minimumPValue: Double }
    struct Reference: Decodable {
        var within: [Within], gaps: [GapCase], ranks: [RankCase], minimumP: [MinimumP]
    }

    static let reference: Reference = {
        let url = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/statistics/reference.json")
        return try! JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }()

    static let tolerance = 1e-9

    func close(
        _ actual: Double?, _ expected: Double?, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        switch (actual, expected) {
        case (nil, nil): break
        case (let a?, let e?):
            #expect(abs(a - e) <= Self.tolerance, "\(what): \(a) vs reference \(e)", sourceLocation: sourceLocation)
        default:
            Issue.record(
                "\(what): \(String(describing: actual)) vs reference \(String(describing: expected))",
                sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: reference.within.map(\.name))
    func withinGroupStatisticsMatchNumpy(name: String) {
        let c = Self.reference.within.first { $0.name == name }!
        let counts = ValueCounts(answers: c.answers)
        #expect(counts.n == c.n)
        close(counts.mean, c.mean, "\(name) mean")
        close(counts.median, c.median, "\(name) median")
        close(counts.sd, c.sd, "\(name) sd")
        close(counts.adm, c.adm, "\(name) adm")
        if let points = c.points { close(counts.rwg(points: points), c.rwg, "\(name) rwg") }
    }

    @Test(arguments: reference.gaps.map(\.name))
    func gapStatisticsMatchScipy(name: String) {
        let c = Self.reference.gaps.first { $0.name == name }!
        let from = ValueCounts(answers: c.from)
        let to = ValueCounts(answers: c.to)
        close(GapStatistics.meanDifference(from: from, to: to), c.meanDifference, "\(name) meanDifference")
        close(GapStatistics.cliffsDelta(from: from, to: to), c.cliffsDelta, "\(name) cliffsDelta")
        guard let low = c.scaleMin, let points = c.points else { return }
        func scaleCounts(_ answers: [Double]) -> [Int] {
            (0..<points).map { point in answers.filter { $0 == Double(low + point) }.count }
        }
        close(GapStatistics.emd(from: scaleCounts(c.from), to: scaleCounts(c.to)), c.emd, "\(name) emd")
        close(GapStatistics.tvd(from: scaleCounts(c.from), to: scaleCounts(c.to)), c.tvd, "\(name) tvd")
        // The p from the scale's counts (zeros included) is the p from the raw answers.
        let fromScale = ValueCounts(scaleMin: low, counts: scaleCounts(c.from))
        let toScale = ValueCounts(scaleMin: low, counts: scaleCounts(c.to))
        close(PermutationTest.pValue(from: fromScale, to: toScale), c.pValue, "\(name) p")
    }

    @Test(arguments: reference.ranks.map(\.name))
    func kendallTauOfMeanRanksMatchesScipy(name: String) {
        let c = Self.reference.ranks.first { $0.name == name }!
        func meanRanks(_ answers: [[Int]]) -> [Double] {
            (0..<c.options).map { option in
                Double(answers.reduce(0) { $0 + $1.firstIndex(of: option)! + 1 }) / Double(answers.count)
            }
        }
        #expect(meanRanks(c.from) == c.fromMeanRanks)
        #expect(meanRanks(c.to) == c.toMeanRanks)
        close(GapStatistics.kendallTauB(meanRanks(c.from), meanRanks(c.to)), c.kendallTau, "\(name) tau-b")
    }

    @Test func theSmallestReachablePIsTheOneScipyGivesTheMostExtremeSplit() {
        for c in Self.reference.minimumP {
            close(PermutationTest.minimumPValue(fromN: c.fromN, toN: c.toN), c.minimumPValue, "\(c.fromN) v \(c.toN)")
        }
        #expect(PermutationTest.minimumPValue(fromN: 3, toN: 3)! >= 0.05)
        #expect(PermutationTest.minimumPValue(fromN: 4, toN: 5)! < 0.05)
    }

    @Test func cliffsDeltaFromCountsNeedsNoPairs() {
        // 50 000 against 50 000 answers: one merge over 5 values, no 2.5·10⁹ comparisons.
        let from = ValueCounts(scaleMin: 1, counts: [10_000, 10_000, 10_000, 10_000, 10_000])
        let to = ValueCounts(scaleMin: 1, counts: [0, 0, 0, 0, 50_000])
        #expect(GapStatistics.cliffsDelta(from: from, to: to) == 0.8)
        #expect(PermutationTest.pValue(from: from, to: to)! < 1e-12)
    }
}
