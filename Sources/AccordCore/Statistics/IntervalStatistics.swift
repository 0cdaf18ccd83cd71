import Foundation

/// Intervals and changes around a gap's mean difference (`statistics.md`, "Which differences
/// are real").
public enum IntervalStatistics {
    /// Φ⁻¹(0.975), the normal quantile of a two-sided 95 % interval (scipy `norm.ppf(0.975)`),
    /// as the Fisher-z interval of Pearson's r uses it.
    public static let z975 = 1.959963984540054
    /// The multiplier `statistics.md` fixes for the change since the previous round: 1.959964.
    public static let changeZ = 1.959964

    /// A two-sided interval.
    public struct Interval: Sendable, Hashable {
        /// The lower end.
        public var low: Double
        /// The upper end.
        public var high: Double

        /// Creates an interval.
        public init(low: Double, high: Double) {
            self.low = low
            self.high = high
        }

        /// Whether the interval holds 0: the difference is *within noise*.
        public var containsZero: Bool { low <= 0 && high >= 0 }
    }

    /// The Welch standard error √(s²_to/n_to + s²_from/n_from) of mean(to) − mean(from);
    /// `nil` when either group has fewer than 2 answers.
    public static func welchStandardError(from: ValueCounts, to: ValueCounts) -> Double? {
        guard let fromSD = from.sd, let toSD = to.sd else { return nil }
        return (fromSD * fromSD / Double(from.n) + toSD * toSD / Double(to.n)).squareRoot()
    }

    /// The 95 % Welch interval of mean(to) − mean(from): the difference ± t₀.₉₇₅(ν)·SE with
    /// the Welch–Satterthwaite ν (Welch 1947; scipy `ttest_ind(to, from, equal_var=False)
    /// .confidence_interval(0.95)`). `nil` when either group has fewer than 2 answers or both
    /// variances are 0.
    public static func welchInterval(from: ValueCounts, to: ValueCounts) -> Interval? {
        guard let fromSD = from.sd, let toSD = to.sd, let difference = GapStatistics.meanDifference(from: from, to: to)
        else { return nil }
        let fromPart = fromSD * fromSD / Double(from.n)
        let toPart = toSD * toSD / Double(to.n)
        let variance = fromPart + toPart
        guard variance > 0 else { return nil }
        let df = variance * variance
            / (fromPart * fromPart / Double(from.n - 1) + toPart * toPart / Double(to.n - 1))
        let half = StudentT.quantile(0.975, degreesOfFreedom: df) * variance.squareRoot()
        return Interval(low: difference - half, high: difference + half)
    }

    /// The change of a mean difference since an earlier round: Δ = now − before with
    /// SE = √(SE²now + SE²before) and the interval Δ ± 1.959964·SE (rounds are independent
    /// samples, which is conservative).
    public static func change(now: Double, nowSE: Double, before: Double, beforeSE: Double) -> GapChange {
        let difference = now - before
        let se = (nowSE * nowSE + beforeSE * beforeSE).squareRoot()
        let interval = Interval(low: difference - changeZ * se, high: difference + changeZ * se)
        return GapChange(change: difference, standardError: se, ciLow: interval.low, ciHigh: interval.high)
    }
}

/// How a gap's mean difference moved since the previous round.
public struct GapChange: Sendable, Hashable {
    /// Δ = meanDifference now − meanDifference before.
    public var change: Double
    /// √(SE²now + SE²before), Welch standard errors.
    public var standardError: Double
    /// Δ − 1.959964·SE.
    public var ciLow: Double
    /// Δ + 1.959964·SE.
    public var ciHigh: Double

    /// Creates a change.
    public init(change: Double, standardError: Double, ciLow: Double, ciHigh: Double) {
        self.change = change
        self.standardError = standardError
        self.ciLow = ciLow
        self.ciHigh = ciHigh
    }

    /// Whether the interval holds 0.
    public var withinNoise: Bool { ciLow <= 0 && ciHigh >= 0 }
}
