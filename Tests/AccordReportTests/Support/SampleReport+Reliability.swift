import AccordCore

extension SampleReport {
    /// Issue 13's numbers on the hand-made report: q-values over its shown p-values, the
    /// earlier round's standard error (so the vision gap has a change), α per shown group (the
    /// trust dimension below .70 for Globex) and drivers against "would you recommend", with
    /// Trust a strong driver with a low score.
    static func addReliability(_ report: inout GapReport, hidden: Set<GroupKey>) {
        report.comparisons = GapReportBuilder.assignQValues(&report.questions)
        report.outcome = "vision-shared"
        let alphas: [String: [Double?]] = [
            "vision": [nil, nil, nil],
            "trust": [0.74, 0.81, 0.58],
            "timelines": [nil, nil, nil],
        ]
        let drivers: [String: [(Double, Double, Double)?]] = [
            "vision": [(0.18, -0.14, 0.47), (0.22, -0.23, 0.59), nil],
            "trust": [(0.61, 0.35, 0.78), (0.55, 0.14, 0.80), (0.66, 0.27, 0.86)],
            "timelines": [(0.34, 0.03, 0.59), nil, (0.41, -0.06, 0.74)],
        ]
        let driverGroups = [GroupKey.everyone, GroupKey(partner: acme), GroupKey(partner: globex)]
        for index in report.dimensions.indices {
            let id = report.dimensions[index].id
            report.dimensions[index].consistency = groups.map { group in
                let position = driverGroups.firstIndex(of: group)
                let alpha = hidden.contains(group) ? nil : position.flatMap { alphas[id]?[$0] ?? nil }
                return DimensionConsistency(group: group, alpha: alpha)
            }
            report.dimensions[index].drivers = driverGroups.enumerated().map { position, group in
                let score = report.dimensions[index].scores.first { $0.group == group }?.score
                guard let (r, low, high) = drivers[id]?[position] ?? nil else {
                    return DriverStrength(group: group, score: score, r: nil)
                }
                return DriverStrength(group: group, score: score, r: r, ciLow: low, ciHigh: high)
            }
        }
        guard var comparison = report.comparison else { return }
        comparison.baseGaps["vision-shared"]?[0].standardError = 0.31
        report.comparison = nil
        comparison.changes = [:]
        comparison.dimensionMoves = [:]
        let current = report
        comparison.addChanges(of: current)
        report.comparison = comparison
    }
}
