import AccordCore

/// The words of issue 13's statistics, shared by every format: how many comparisons were
/// made, which findings hold at 5 % FDR, the change since the previous round, α per group and
/// the driver section.
extension ReportVocabulary {
    /// *240 comparisons were made (shown gaps with a p-value); q adjusts p for all of them
    /// (Benjamini–Hochberg) and 12 hold at 5 % FDR.*
    static func comparisonsNote(_ report: GapReport) -> String {
        let holding = report.questions.flatMap(\.gaps).filter { !$0.suppressed && $0.holdsAtFDR == true }.count
        let count = report.comparisons
        guard count > 0 else { return "No comparison with a p-value was made, so none is tested for chance." }
        let verdict =
            holding == 0
            ? "none holds at 5 % FDR" : "\(holding) hold\(holding == 1 ? "s" : "") at 5 % FDR (about 1 in 20 of those may still be chance)"
        return "\(count) comparison\(count == 1 ? " was" : "s were") made (shown gaps with a p-value); "
            + "q adjusts p for all of them (Benjamini–Hochberg), and \(verdict)."
    }

    /// `q = 0.012, holds at 5 % FDR` or `q = 0.31, not at 5 % FDR`; `nil` without a q-value.
    static func fdrNote(_ gap: Gap) -> String? {
        guard let q = gap.qValue else { return nil }
        let value = q < 0.001 ? "q < 0.001" : "q = \(NumberText.pValue(q))"
        return value + (q < FalseDiscoveryRate.level ? ", holds at 5 % FDR" : ", not at 5 % FDR")
    }

    /// `95 % CI [0.3, 2.1]` of a mean difference; `nil` without an interval.
    static func intervalNote(_ gap: Gap) -> String? {
        guard let low = gap.ciLow, let high = gap.ciHigh else { return nil }
        return "95 % CI [\(NumberText.signed(low, 2)), \(NumberText.signed(high, 2))]"
    }

    /// `since round 1: +0.80 [−0.30, +1.90], within noise`; `nil` without a change.
    static func changeNote(_ gap: Gap, _ question: QuestionReport, in report: GapReport) -> String? {
        guard let comparison = report.comparison,
            let index = question.gaps.firstIndex(where: { $0.isSameComparison(as: gap) }),
            let change = comparison.changes[question.id]?[index] ?? nil
        else { return nil }
        return "since round \(comparison.baseRound): \(NumberText.signed(change.change, 2)) "
            + "[\(NumberText.signed(change.ciLow, 2)), \(NumberText.signed(change.ciHigh, 2))], "
            + (change.withinNoise ? "within noise" : "beyond noise")
    }

    /// *Since round 1, 2 of 4 questions moved beyond noise …*, for a dimension's trend.
    static func movedNote(_ dimension: DimensionReport, _ report: GapReport) -> String? {
        guard let comparison = report.comparison else { return nil }
        let questions = report.questions(in: dimension.id).count
        let moved = comparison.dimensionMoves[dimension.id] ?? 0
        return "Since round \(comparison.baseRound), \(moved) of \(questions) question\(questions == 1 ? "" : "s") "
            + "moved beyond noise (the 95 % interval of the partner gap's change excludes 0)."
    }

    /// The lines under a dimension's heading: its trend beyond noise, its α per group.
    static func dimensionNotes(_ dimension: DimensionReport, _ report: GapReport) -> [String] {
        [movedNote(dimension, report), consistencyLine(dimension, report)].compactMap { $0 }
    }

    /// *Internal consistency (Cronbach's α): Everyone 0.82, Acme 0.64 (below .70: …), …*;
    /// `nil` when no group has an α.
    static func consistencyLine(_ dimension: DimensionReport, _ report: GapReport) -> String? {
        let shown = dimension.consistency.filter { $0.alpha != nil && !report.isHidden($0.group) }
        guard !shown.isEmpty else { return nil }
        let parts = shown.map { "\($0.group) \(NumberText.fixed($0.alpha, 2))" }
        var line = "Internal consistency (Cronbach's α): " + parts.joined(separator: ", ") + "."
        let low = shown.filter(\.isLow).map { "\($0.group)" }
        if !low.isEmpty {
            line += " Below .70 for \(low.joined(separator: ", ")): the dimension's questions may not measure one "
                + "thing there; read them one by one."
        }
        return line
    }

    /// The driver section's introduction, naming the outcome question.
    static func driverIntroduction(_ report: GapReport) -> String? {
        guard let outcome = report.outcome else { return nil }
        return "How strongly each dimension moves with '\(report.prompt(of: outcome))': Pearson's r between a "
            + "participant's own dimension score and their answer, with its 95 % interval. Needs at least "
            + "\(DriverStrength.minimumPairs(minGroupSize: report.anonymity.minGroupSize)) answers per group. "
            + "A strong driver with a low score is where to act first. r shows association, not cause."
    }

    /// Per driver group (everyone, each partner), one line per dimension, strongest first:
    /// *Trust: r = 0.62 [0.41, 0.77], score 48 — act here first*.
    static func driverGroups(_ report: GapReport) -> [(title: String, lines: [String])] {
        guard report.outcome != nil, let groups = report.dimensions.first?.drivers.map(\.group) else { return [] }
        return groups.map { group in
            guard !report.isHidden(group) else { return ("\(group)", [hidden]) }
            let rows = report.dimensions.compactMap { dimension in
                dimension.drivers.first { $0.group == group }.map { (dimension, $0) }
            }.sorted { ($0.1.r ?? -2) > ($1.1.r ?? -2) }
            let lines = rows.map { dimension, driver -> String in
                guard let r = driver.r else {
                    return "\(dimension.title): not enough answers to say (or no variation)"
                }
                var line = "\(dimension.title): r = \(NumberText.fixed(r, 2)) "
                    + "[\(NumberText.fixed(driver.ciLow, 2)), \(NumberText.fixed(driver.ciHigh, 2))], "
                    + "score \(NumberText.index(driver.score))"
                if driver.isActHereFirst { line += " — act here first" }
                return line
            }
            return ("\(group)", lines)
        }
    }
}
