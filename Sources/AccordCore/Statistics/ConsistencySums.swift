/// The sufficient statistics of Cronbach's α for one dimension in one group: over the
/// submissions that gave a real answer to every one of the dimension's k scale questions
/// (listwise), their count, each item's sum and every item pair's sum of products, on the
/// reverse-flipped values. Integers, so sums of cells (and merged aggregators) are exact.
public struct ConsistencySums: Sendable, Hashable {
    /// The number of items k.
    public let items: Int
    /// Complete submissions.
    public var count = 0
    /// Σ xᵢ per item.
    public var sums: [Int]
    /// Σ xᵢxⱼ, row-major k × k.
    public var products: [Int]

    /// Empty sums for `items` items.
    public init(items: Int) {
        self.items = items
        sums = [Int](repeating: 0, count: items)
        products = [Int](repeating: 0, count: items * items)
    }

    /// Adds a complete submission's item values (reverse-worded items already flipped).
    public mutating func add(_ values: [Int]) {
        count += 1
        for i in 0..<items {
            sums[i] += values[i]
            for j in i..<items { products[i * items + j] += values[i] * values[j] }
        }
    }

    /// Adds another group's sums.
    public mutating func add(_ other: ConsistencySums) {
        count += other.count
        for i in sums.indices { sums[i] += other.sums[i] }
        for i in products.indices { products[i] += other.products[i] }
    }

    /// The sample covariance (n − 1) of items i ≤ j.
    private func covariance(_ i: Int, _ j: Int) -> Double {
        let n = Double(count)
        return (Double(products[i * items + j]) - Double(sums[i]) * Double(sums[j]) / n) / (n - 1)
    }

    /// Cronbach's α = k/(k − 1) · (1 − Σ s²ᵢ / s²ₜₒₜₐₗ) (Cronbach 1951; pingouin
    /// `cronbach_alpha(df, nan_policy="listwise")`), with s²ₜₒₜₐₗ the variance of the items'
    /// sum (= Σᵢⱼ cov). `nil` below 2 items, below `minimum` complete submissions (and below
    /// 2), or when s²ₜₒₜₐₗ = 0.
    public func alpha(minimum: Int) -> Double? {
        guard items >= 2, count >= max(minimum, 2) else { return nil }
        var itemVariances = 0.0
        var total = 0.0
        for i in 0..<items {
            itemVariances += covariance(i, i)
            total += covariance(i, i)
            for j in (i + 1)..<items { total += 2 * covariance(i, j) }
        }
        guard total > 0 else { return nil }
        let k = Double(items)
        return k / (k - 1) * (1 - itemVariances / total)
    }
}
