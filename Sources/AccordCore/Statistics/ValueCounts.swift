/// A group's answers to one scale or number question as distinct values with how often each
/// was given: a sufficient statistic for every within-group number of `statistics.md`, so the
/// answers themselves are never kept.
///
/// Values are ascending and distinct; a count may be zero (a scale point nobody chose).
public struct ValueCounts: Sendable, Hashable {
    /// The distinct values, ascending.
    public private(set) var values: [Double]
    /// How often each value was given, aligned with `values`.
    public private(set) var counts: [Int]

    /// Creates counts from values and their counts; `values` must be ascending and distinct.
    public init(values: [Double], counts: [Int]) {
        precondition(values.count == counts.count, "one count per value")
        precondition(zip(values, values.dropFirst()).allSatisfy { $0 < $1 }, "values must ascend")
        self.values = values
        self.counts = counts
    }

    /// Creates counts for a scale: `counts[i]` answers of the point `scaleMin + i`.
    public init(scaleMin: Int, counts: [Int]) {
        self.init(values: counts.indices.map { Double(scaleMin + $0) }, counts: counts)
    }

    /// Creates counts from a value → count table (number questions).
    public init(_ table: [Double: Int]) {
        let sorted = table.sorted { $0.key < $1.key }
        self.init(values: sorted.map(\.key), counts: sorted.map(\.value))
    }

    /// Creates counts from raw answers (tests, small inputs).
    public init(answers: [Double]) {
        var table: [Double: Int] = [:]
        for answer in answers { table[answer, default: 0] += 1 }
        self.init(table)
    }

    /// The number of answers.
    public var n: Int { counts.reduce(0, +) }

    /// The sum of the answers.
    public var sum: Double {
        var total = 0.0
        for (value, count) in zip(values, counts) where count > 0 { total += value * Double(count) }
        return total
    }

    /// Whether every value is a whole number (scale answers always are).
    public var isWhole: Bool { values.allSatisfy { $0.rounded() == $0 && abs($0) < 1e15 } }

    /// The arithmetic mean; `nil` without answers.
    public var mean: Double? {
        let n = self.n
        return n == 0 ? nil : sum / Double(n)
    }

    /// The median; an even count gives the mean of the middle two. `nil` without answers.
    public var median: Double? {
        let n = self.n
        guard n > 0 else { return nil }
        let lower = value(atSortedIndex: (n - 1) / 2)
        let upper = value(atSortedIndex: n / 2)
        return (lower + upper) / 2
    }

    /// Σ (x − mean)² over the answers, computed around the mean (two passes, no cancellation).
    public var sumOfSquaredDeviations: Double {
        guard let mean else { return 0 }
        var total = 0.0
        for (value, count) in zip(values, counts) where count > 0 {
            total += Double(count) * (value - mean) * (value - mean)
        }
        return total
    }

    /// The sample variance s² (n − 1); `nil` when n < 2.
    public var sampleVariance: Double? {
        let n = self.n
        return n < 2 ? nil : sumOfSquaredDeviations / Double(n - 1)
    }

    /// The population variance σ² (n); `nil` without answers.
    public var populationVariance: Double? {
        let n = self.n
        return n == 0 ? nil : sumOfSquaredDeviations / Double(n)
    }

    /// The sample standard deviation (n − 1, numpy `std(ddof=1)`); `nil` when n < 2.
    public var sd: Double? { sampleVariance.map { $0.squareRoot() } }

    /// The mean absolute deviation around the mean (adm); `nil` without answers.
    public var adm: Double? {
        guard let mean else { return nil }
        var total = 0.0
        for (value, count) in zip(values, counts) where count > 0 { total += Double(count) * abs(value - mean) }
        return total / Double(n)
    }

    /// Within-group agreement rwg = 1 − s² / ((A² − 1) / 12), clipped to [0, 1], for a scale
    /// of `points` points (James, Demaree & Wolf 1984). `nil` when n < 2 or the scale has
    /// fewer than two points.
    public func rwg(points: Int) -> Double? {
        guard points >= 2, let variance = sampleVariance else { return nil }
        let expected = Double(points * points - 1) / 12
        return Swift.min(1, Swift.max(0, 1 - variance / expected))
    }

    /// Adds another group's counts (a margin is the sum of its cells).
    public func merged(with other: ValueCounts) -> ValueCounts {
        var table: [Double: Int] = [:]
        for (value, count) in zip(values, counts) { table[value, default: 0] += count }
        for (value, count) in zip(other.values, other.counts) { table[value, default: 0] += count }
        return ValueCounts(table)
    }

    /// The value at 0-based position `index` of the answers sorted ascending.
    private func value(atSortedIndex index: Int) -> Double {
        var seen = 0
        for (value, count) in zip(values, counts) {
            seen += count
            if index < seen { return value }
        }
        return values.last ?? .nan
    }
}
