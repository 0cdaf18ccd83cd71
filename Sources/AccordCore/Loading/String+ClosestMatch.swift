extension String {
    /// The candidate that is most likely what was meant by this misspelling, if one is close
    /// enough: `requird` → `required`, `scael` → `scale`, `formatversion` → `formatVersion`.
    func closestMatch(in candidates: [String]) -> String? {
        let word = Array(lowercased())
        var best: (candidate: String, distance: Int)? = nil
        for candidate in candidates {
            let distance = Self.editDistance(word, Array(candidate.lowercased()))
            let allowed = Swift.max(1, Swift.min(3, candidate.count / 3))
            guard distance <= allowed else { continue }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        if let best { return best.candidate }
        // A cut-short key: `timebox` → `timeboxMinutes`.
        guard word.count >= 4 else { return nil }
        return candidates.first { $0.lowercased().hasPrefix(String(word)) }
    }

    /// The optimal string alignment distance: insertions, deletions, substitutions and
    /// swaps of two neighbours each cost 1.
    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = Swift.min(value, before[j - 2] + 1)
                }
                current[j] = value
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
