/// Benjamini–Hochberg adjusted p-values ("q-values") over one family of tests
/// (Benjamini & Hochberg 1995; statsmodels `multipletests(p, method="fdr_bh")[1]`).
///
/// With the m p-values sorted ascending, p₍ᵢ₎ is adjusted to min over j ≥ i of m·p₍ⱼ₎ / j,
/// capped at 1. A finding *holds at 5 % FDR* when its q-value is below .05.
public enum FalseDiscoveryRate {
    /// The level at which the report says a finding holds.
    public static let level = 0.05

    /// The q-value of each p-value, in the order given.
    public static func qValues(_ pValues: [Double]) -> [Double] {
        let m = pValues.count
        guard m > 0 else { return [] }
        let order = pValues.indices.sorted { pValues[$0] < pValues[$1] }
        var result = [Double](repeating: 1, count: m)
        var running = 1.0
        for rank in stride(from: m, through: 1, by: -1) {
            let index = order[rank - 1]
            // statsmodels divides by the ecdf factor rank / m.
            running = min(running, pValues[index] / (Double(rank) / Double(m)))
            result[index] = min(1, running)
        }
        return result
    }
}
