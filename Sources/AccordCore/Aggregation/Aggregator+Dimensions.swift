extension Aggregator {
    /// Adds one submission's per-dimension statistics to its cell, `answer(position)` giving
    /// its answer to the question at a position: for α, the flipped item values when every
    /// item has a real answer (listwise); for drivers, the submission's own dimension score
    /// (mean over the items it answered of 100 × (x − min)/(max − min), reverse flipped)
    /// paired with its outcome answer, when it has both (pairwise). The score is added in
    /// whole units where it can be (`DimensionLayout.wholeScores`), so the sums are exact.
    ///
    /// O(Σ k²) per submission over the dimensions' k items; `itemScratch` is reused, so
    /// nothing is allocated.
    mutating func countDimensions(cell: Int, answer: (Int) -> Answer?) {
        let dimensions = dimensionLayout.items
        guard !dimensions.isEmpty else { return }
        let outcome = dimensionLayout.outcome.flatMap { dimensionLayout.outcomeValue(answer($0.position)) }
        for (dimension, items) in dimensions.enumerated() where !items.isEmpty {
            var complete = true
            var scoreTotal = 0.0
            var wholeTotal = 0
            var answered = 0
            let whole = dimensionLayout.wholeScores[dimension]
            for (index, item) in items.enumerated() {
                guard case .scale(let value)? = answer(item.position), value >= item.min, value <= item.max else {
                    complete = false
                    continue
                }
                let flipped = item.flipped(value)
                itemScratch[index] = flipped
                if let whole {
                    wholeTotal += (flipped - item.min) * (whole.d / (item.max - item.min))
                } else {
                    scoreTotal += 100 * Double(flipped - item.min) / Double(item.max - item.min)
                }
                answered += 1
            }
            let slot = cell * dimensions.count + dimension
            if complete, items.count >= 2 { consistency[slot].add(itemScratch) }
            if answered > 0, let outcome {
                // x in whole units (see `DimensionLayout.wholeScores`): r is the same.
                let x = whole.map { Double(wholeTotal * ($0.l / answered)) } ?? scoreTotal / Double(answered)
                drivers[slot].add(x: x, y: outcome)
            }
        }
    }
}
