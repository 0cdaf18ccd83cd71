@testable import AccordCore

extension AnonymityAttackTests {
    /// Which cells a group holds, as a 0/1 vector over the four cells.
    static func indicator(_ group: GroupKey) -> [Double] {
        cells.map { cell in
            (group.partner == nil || group.partner == cell.partner) && (group.level == nil || group.level == cell.level)
                ? 1 : 0
        }
    }

    /// Whether `vector` is a linear combination of `basis` (Gaussian elimination).
    static func inSpan(_ vector: [Double], of basis: [[Double]]) -> Bool {
        func rank(_ rows: [[Double]]) -> Int {
            var rows = rows
            var rank = 0
            for column in 0..<4 {
                guard let pivot = (rank..<rows.count).first(where: { abs(rows[$0][column]) > 1e-9 }) else { continue }
                rows.swapAt(rank, pivot)
                for row in rows.indices where row != rank {
                    let factor = rows[row][column] / rows[rank][column]
                    for c in 0..<4 { rows[row][c] -= factor * rows[rank][c] }
                }
                rank += 1
            }
            return rank
        }
        return rank(basis) == rank(basis + [vector])
    }

    /// Everything countable the report shows about a question, per shown group: n,
    /// "don't know", "prefer not to say" and each count.
    static func visibleValues(_ question: QuestionReport) -> [GroupKey: [String: Int]] {
        var visible: [GroupKey: [String: Int]] = [:]
        for statistics in question.groups where !statistics.suppressed {
            var values = statistics.counts ?? [:]
            values["n"] = statistics.n
            values["dontKnow"] = statistics.dontKnow
            values["preferNotToSay"] = statistics.preferNotToSay
            visible[statistics.group] = values
        }
        return visible
    }

    /// Every value of every group not in `visible` that the visible values pin down beyond
    /// "part of a shown group": enumerates all whole, non-negative cell values consistent
    /// with what is visible and reports hidden groups whose least possible value is above 0
    /// or whose greatest is below that of the smallest shown group holding them.
    static func boundAttacks(visible: [GroupKey: [String: Int]]) -> [String] {
        guard let total = visible[.everyone] else { return [] }
        let groups = Disclosure.groups(partners: partners)
        let hidden = groups.filter { visible[$0] == nil }
        var findings: [String] = []
        for key in total.keys.sorted() {
            let everyone = total[key]!
            var low = [Int](repeating: .max, count: hidden.count)
            var high = [Int](repeating: .min, count: hidden.count)
            for a in 0...everyone {
                for b in 0...(everyone - a) {
                    for c in 0...(everyone - a - b) {
                        let x = [a, b, c, everyone - a - b - c]
                        func value(_ group: GroupKey) -> Int {
                            zip(indicator(group), x).reduce(0) { $0 + Int($1.0) * $1.1 }
                        }
                        guard visible.allSatisfy({ group, values in values[key].map { value(group) == $0 } ?? true })
                        else { continue }
                        for (index, group) in hidden.enumerated() {
                            low[index] = min(low[index], value(group))
                            high[index] = max(high[index], value(group))
                        }
                    }
                }
            }
            for (index, group) in hidden.enumerated() {
                let supersets = visible.filter { shown, _ in
                    zip(indicator(shown), indicator(group)).allSatisfy { $0 >= $1 }
                }
                let ceiling = supersets.compactMap { $0.value[key] }.min() ?? everyone
                if low[index] > 0 { findings.append("\(group): '\(key)' ≥ \(low[index])") }
                if high[index] < ceiling { findings.append("\(group): '\(key)' ≤ \(high[index]) < \(ceiling)") }
            }
        }
        return findings
    }
}
