extension String {
    /// The candidate that is most likely what was meant by this misspelling, if one is close
    /// enough: `requird` → `required`, `scael` → `scale`, `formatversion` → `formatVersion`.
    ///
    /// Bounded work whatever the input's length: a word longer than `comparedLength` matches
    /// nothing, and a candidate whose length differs by more than the allowed distance is
    /// skipped before any distance is computed.
    func closestMatch(in candidates: [String]) -> String? {
        // Read at most one character past the cap, so a megabyte-long word costs nothing.
        let head = Array(prefix(Self.comparedLength + 1))
        guard head.count <= Self.comparedLength else { return nil }
        let word = Array(String(head).lowercased())
        var best: (candidate: String, distance: Int)? = nil
        for candidate in candidates where candidate.count <= Self.comparedLength {
            let allowed = Swift.max(1, Swift.min(3, candidate.count / 3))
            let folded = Array(candidate.lowercased())
            guard abs(folded.count - word.count) <= allowed else { continue }
            let distance = Self.editDistance(word, folded)
            guard distance <= allowed else { continue }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        if let best { return best.candidate }
        // A cut-short key: `timebox` → `timeboxMinutes`.
        guard word.count >= 4 else { return nil }
        return candidates.first { $0.lowercased().hasPrefix(String(word)) }
    }

    /// The longest word or candidate compared, in characters.
    static let comparedLength = 128

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
