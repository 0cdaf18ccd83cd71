/// The between-group numbers of `statistics.md` (the gap), each signed `to` − `from` and
/// each computed from counts alone.
public enum GapStatistics {
    /// mean(to) − mean(from); `nil` when either group has no answer.
    public static func meanDifference(from: ValueCounts, to: ValueCounts) -> Double? {
        guard let fromMean = from.mean, let toMean = to.mean else { return nil }
        return toMean - fromMean
    }

    /// Cliff's delta (#(y > x) − #(y < x)) / (n₁ n₂), y from `to`, x from `from`, in one merge
    /// over the two sorted value lists: O(distinct values), never O(n₁ n₂).
    /// `nil` when either group has no answer.
    public static func cliffsDelta(from: ValueCounts, to: ValueCounts) -> Double? {
        let fromN = from.n
        let toN = to.n
        guard fromN > 0, toN > 0 else { return nil }
        // For each `to` value y: (#x < y) − (#x > y), with #x < y accumulated while merging.
        var below = 0  // `from` answers strictly below the current y
        var index = 0
        var score = 0
        for (y, count) in zip(to.values, to.counts) where count > 0 {
            while index < from.values.count, from.values[index] < y {
                below += from.counts[index]
                index += 1
            }
            let equal = index < from.values.count && from.values[index] == y ? from.counts[index] : 0
            let above = fromN - below - equal
            score += count * (below - above)
        }
        return Double(score) / (Double(fromN) * Double(toN))
    }

    /// The earth mover's distance between two answer distributions on a scale of A points,
    /// divided by A − 1: Σₖ |F_from(k) − F_to(k)| / (A − 1) with F the cumulative proportions
    /// (scipy `wasserstein_distance / (A − 1)`). `nil` when either group has no answer or
    /// the scale has fewer than two points.
    public static func emd(from: [Int], to: [Int]) -> Double? {
        precondition(from.count == to.count, "one count per scale point on both sides")
        let fromN = from.reduce(0, +)
        let toN = to.reduce(0, +)
        guard fromN > 0, toN > 0, from.count >= 2 else { return nil }
        var fromCumulative = 0
        var toCumulative = 0
        var total = 0.0
        for point in 0..<(from.count - 1) {
            fromCumulative += from[point]
            toCumulative += to[point]
            total += abs(Double(fromCumulative) / Double(fromN) - Double(toCumulative) / Double(toN))
        }
        return total / Double(from.count - 1)
    }

    /// The total variation distance ½ Σ |p − q| between two distributions over the same
    /// categories (scale points, options, yes/no). `nil` when either group has no answer.
    public static func tvd(from: [Int], to: [Int]) -> Double? {
        precondition(from.count == to.count, "one count per category on both sides")
        let fromN = from.reduce(0, +)
        let toN = to.reduce(0, +)
        guard fromN > 0, toN > 0 else { return nil }
        var total = 0.0
        for (p, q) in zip(from, to) { total += abs(Double(q) / Double(toN) - Double(p) / Double(fromN)) }
        return total / 2
    }

    /// Per option, selection rate(to) − rate(from), a rate being selections over the group's
    /// answers to the multi question. `nil` when either group has no answer.
    public static func rateDifferences(from: [Int], fromAnswers: Int, to: [Int], toAnswers: Int) -> [Double]? {
        precondition(from.count == to.count, "one count per option on both sides")
        guard fromAnswers > 0, toAnswers > 0 else { return nil }
        return zip(from, to).map { Double($1) / Double(toAnswers) - Double($0) / Double(fromAnswers) }
    }

    /// The mean of the absolute values: the multi question's `tvd` field and its normalised gap.
    public static func meanAbsolute(_ differences: [Double]) -> Double? {
        guard !differences.isEmpty else { return nil }
        return differences.reduce(0) { $0 + abs($1) } / Double(differences.count)
    }

    /// Kendall τ-b between two paired lists (scipy `kendalltau`, the default τ-b):
    /// (P − Q) / √((n₀ − n₁)(n₀ − n₂)), a pair tied in either list counting as neither
    /// concordant nor discordant, n₁ and n₂ the pairs tied in `x` and in `y`.
    /// `nil` when the lists are shorter than two or either is constant (scipy gives NaN).
    public static func kendallTauB(_ x: [Double], _ y: [Double]) -> Double? {
        precondition(x.count == y.count, "paired lists")
        let n = x.count
        guard n >= 2 else { return nil }
        var concordant = 0
        var discordant = 0
        var tiedX = 0
        var tiedY = 0
        for i in 0..<n {
            for j in (i + 1)..<n {
                let dx = x[i] == x[j] ? 0 : (x[i] < x[j] ? -1 : 1)
                let dy = y[i] == y[j] ? 0 : (y[i] < y[j] ? -1 : 1)
                if dx == 0 { tiedX += 1 }
                if dy == 0 { tiedY += 1 }
                if dx * dy > 0 { concordant += 1 } else if dx * dy < 0 { discordant += 1 }
            }
        }
        let pairs = n * (n - 1) / 2
        let denominator = (Double(pairs - tiedX) * Double(pairs - tiedY)).squareRoot()
        guard denominator > 0 else { return nil }
        return Double(concordant - discordant) / denominator
    }
}
