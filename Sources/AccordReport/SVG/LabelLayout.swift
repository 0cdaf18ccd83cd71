/// Spreads chart labels apart vertically so close values never print on top of each other.
enum LabelLayout {
    /// `positions` moved as little as possible so neighbours are at least `gap` apart, in the
    /// same order as given.
    static func spread(_ positions: [Double], gap: Double) -> [Double] {
        let order = positions.indices.sorted { positions[$0] < positions[$1] }
        var placed = positions
        var previous = -Double.infinity
        for index in order {
            placed[index] = max(positions[index], previous + gap)
            previous = placed[index]
        }
        // Pull the whole run back up by half its overflow so labels stay near their points.
        if let last = order.last, let first = order.first {
            let shift = (placed[last] - positions[last]) / 2
            if shift > 0 { for index in order { placed[index] = max(placed[index] - shift, positions[first] - gap) } }
        }
        return spreadStrict(placed, order: order, gap: gap)
    }

    private static func spreadStrict(_ positions: [Double], order: [Int], gap: Double) -> [Double] {
        var placed = positions
        var previous = -Double.infinity
        for index in order {
            placed[index] = max(placed[index], previous + gap)
            previous = placed[index]
        }
        return placed
    }
}
