import Foundation

/// The sufficient statistics of Pearson's r between x (a submission's dimension score) and
/// y (its outcome answer): n, Σx, Σy, Σx², Σy², Σxy. Sums of cells are sums of these.
public struct CorrelationSums: Sendable, Hashable {
    /// Pairs.
    public var n = 0
    /// Σx.
    public var sumX = 0.0
    /// Σy.
    public var sumY = 0.0
    /// Σx².
    public var sumXX = 0.0
    /// Σy².
    public var sumYY = 0.0
    /// Σxy.
    public var sumXY = 0.0

    /// Empty sums.
    public init() {}

    /// Adds one pair.
    public mutating func add(x: Double, y: Double) {
        n += 1
        sumX += x
        sumY += y
        sumXX += x * x
        sumYY += y * y
        sumXY += x * y
    }

    /// Adds another group's sums.
    public mutating func add(_ other: CorrelationSums) {
        n += other.n
        sumX += other.sumX
        sumY += other.sumY
        sumXX += other.sumXX
        sumYY += other.sumYY
        sumXY += other.sumXY
    }

    /// Pearson's r with its 95 % Fisher-z interval tanh(atanh r ± 1.959964/√(n − 3))
    /// (Fisher 1915; scipy `pearsonr(x, y)` and `.confidence_interval(0.95)`). `nil` below
    /// `minimum` pairs (and below 4), or when x or y does not vary.
    public func correlation(minimum: Int) -> (r: Double, ciLow: Double, ciHigh: Double)? {
        guard n >= max(minimum, 4) else { return nil }
        let count = Double(n)
        let sxx = sumXX - sumX * sumX / count
        let syy = sumYY - sumY * sumY / count
        let sxy = sumXY - sumX * sumY / count
        // Relative guards: rounding leaves a constant's sum of squares a hair above 0.
        guard sxx > 1e-12 * sumXX, syy > 1e-12 * sumYY else { return nil }
        let r = Swift.max(-1, Swift.min(1, sxy / (sxx * syy).squareRoot()))
        let z = atanh(r)
        let half = IntervalStatistics.z975 / (count - 3).squareRoot()
        return (r, tanh(z - half), tanh(z + half))
    }
}
