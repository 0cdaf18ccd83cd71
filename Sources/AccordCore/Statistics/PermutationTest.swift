#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The two-sided permutation test of the difference in means between two groups
/// (`statistics.md`): with S the sum of `to` under every relabelling of the pooled answers,
/// p = min(1, 2·min(P(S ≤ s), P(S ≥ s))).
///
/// With fixed group sizes, mean(to) − mean(from) is an increasing function of S, so the test
/// on S is the test on the difference in means.
public enum PermutationTest {
    /// Up to this many answers in both groups together, p is exact; above, the normal
    /// approximation of the same permutation distribution.
    public static let exactLimit = 60

    /// The two-sided p of the difference in means of `to` and `from`. Exact (counting the
    /// relabellings by sum) when n₁ + n₂ ≤ `exactLimit` and the answers are whole numbers,
    /// otherwise the normal approximation. `nil` when either group has no answer, or when an
    /// exact p is due but the answers are not whole.
    public static func pValue(from: ValueCounts, to: ValueCounts) -> Double? {
        let fromN = from.n
        let toN = to.n
        guard fromN > 0, toN > 0 else { return nil }
        let pooled = from.merged(with: to)
        if fromN + toN <= exactLimit {
            guard pooled.isWhole else { return nil }
            return exactPValue(pooled: pooled, toN: toN, observedSum: to.sum)
        }
        return normalPValue(pooled: pooled, toN: toN, observedSum: to.sum)
    }

    /// The smallest two-sided p any answers could give with these group sizes: the most
    /// extreme relabelling is one of C(N, n₁), and both tails count, so 2 / C(N, n₁) capped
    /// at 1. When it is 0.05 or more, p < .05 cannot be reached (3 against 3 gives 0.10).
    /// `nil` when either group is empty.
    public static func minimumPValue(fromN: Int, toN: Int) -> Double? {
        guard fromN > 0, toN > 0 else { return nil }
        return Swift.min(1, 2 / binomial(fromN + toN, Swift.min(fromN, toN)))
    }

    /// The exact p: the number of ways to pick `toN` of the pooled answers with each possible
    /// sum, by dynamic programming over the distinct values (`ways[k][s]` = ways to pick k
    /// answers among the values seen so far with shifted sum s; a value given c times
    /// contributes C(c, t) ways to pick t of them). Doubles carry the counts: the largest,
    /// C(60, 30) ≈ 1.2·10¹⁷, has a relative rounding error near 10⁻¹⁶, and every tail is summed
    /// from positive terms, so p is good to far better than 10⁻⁹.
    static func exactPValue(pooled: ValueCounts, toN: Int, observedSum: Double) -> Double {
        let used = zip(pooled.values, pooled.counts).filter { $0.1 > 0 }
        let lowest = used.first!.0
        let shifts = used.map { Int($0.0 - lowest) }
        let maxShift = shifts.last!
        let width = toN * maxShift + 1
        var ways = [Double](repeating: 0, count: (toN + 1) * width)
        ways[0] = 1
        var picked = 0  // answers processed so far, an upper bound on k
        for (index, (_, count)) in used.enumerated() {
            let shift = shifts[index]
            var next = [Double](repeating: 0, count: (toN + 1) * width)
            var choose = [Double](repeating: 1, count: Swift.min(count, toN) + 1)
            for t in stride(from: 1, to: choose.count, by: 1) {
                choose[t] = choose[t - 1] * Double(count - t + 1) / Double(t)
            }
            for k in 0...Swift.min(picked, toN) {
                for s in 0..<width where ways[k * width + s] != 0 {
                    let base = ways[k * width + s]
                    for t in 0..<choose.count where k + t <= toN {
                        next[(k + t) * width + s + t * shift] += base * choose[t]
                    }
                }
            }
            ways = next
            picked += count
        }
        let observed = Int((observedSum - Double(toN) * lowest).rounded())
        var below = 0.0
        var above = 0.0
        var total = 0.0
        for s in 0..<width {
            let w = ways[toN * width + s]
            total += w
            if s <= observed { below += w }
            if s >= observed { above += w }
        }
        return Swift.min(1, 2 * Swift.min(below, above) / total)
    }

    /// The normal approximation: p = 2(1 − Φ(|s − E S| / √Var S)), E S = n_to·x̄ and
    /// Var S = n₁n₂·σ²/(N − 1), σ² the pooled population variance. When every answer is the
    /// same, Var S = 0 and every relabelling gives s: p = 1.
    static func normalPValue(pooled: ValueCounts, toN: Int, observedSum: Double) -> Double {
        let total = pooled.n
        let fromN = total - toN
        let mean = pooled.mean!
        let variance = pooled.populationVariance!
        let varianceOfSum = Double(fromN) * Double(toN) * variance / Double(total - 1)
        guard varianceOfSum > 0 else { return 1 }
        let z = abs(observedSum - Double(toN) * mean) / varianceOfSum.squareRoot()
        // 2(1 − Φ(z)) = erfc(z / √2), without the cancellation of 1 − Φ for large z.
        return Swift.min(1, erfc(z / 2.0.squareRoot()))
    }

    /// C(n, k) as a Double (exact while it fits in 53 bits).
    static func binomial(_ n: Int, _ k: Int) -> Double {
        var result = 1.0
        for i in stride(from: 0, to: k, by: 1) { result = result * Double(n - i) / Double(i + 1) }
        return result
    }
}
