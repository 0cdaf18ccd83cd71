import AccordCore

/// The words of issue 13's statistics, shared by every format: how many comparisons were
/// made, which findings hold at 5 % FDR, the change since the previous round, α per group and
/// the driver section.
extension ReportVocabulary {
    /// *240 comparisons were made (shown gaps with a p-value); q adjusts p for all of them
    /// (Benjamini–Hochberg) and 12 hold at 5 % FDR.*
    static func comparisonsNote(_ report: GapReport) -> String {
        let holding = report.questions.flatMap(\.gaps).filter { !$0.suppressed && $0.holdsAtFDR == true }.count
        return words.comparisons(report.comparisons, holding)
    }

    /// `q = 0.012, holds at 5 % FDR` or `q = 0.31, not at 5 % FDR`; `nil` without a q-value.
    static func fdrNote(_ gap: Gap) -> String? {
        guard let q = gap.qValue else { return nil }
        let value = q < 0.001 ? NumberText.pValue(q) : "= \(NumberText.pValue(q))"
        return words.fdr(value, q < FalseDiscoveryRate.level)
    }

    /// `95 % CI [0.3, 2.1]` of a mean difference; `nil` without an interval.
    static func intervalNote(_ gap: Gap) -> String? {
        guard let low = gap.ciLow, let high = gap.ciHigh else { return nil }
        return words.interval(NumberText.signed(low, 2), NumberText.signed(high, 2))
    }

    /// `since round 1: +0.80 [−0.30, +1.90], within noise`; `nil` without a change.
    static func changeNote(_ gap: Gap, _ question: QuestionReport, in report: GapReport) -> String? {
        guard let comparison = report.comparison,
            let index = question.gaps.firstIndex(where: { $0.isSameComparison(as: gap) }),
            let change = comparison.changes[question.id]?[index] ?? nil
        else { return nil }
        return words.change(
            comparison.baseRound, NumberText.signed(change.change, 2), NumberText.signed(change.ciLow, 2),
            NumberText.signed(change.ciHigh, 2), change.withinNoise)
    }

    /// *Since round 1, 2 of 4 questions moved beyond noise …*, for a dimension's trend.
    static func movedNote(_ dimension: DimensionReport, _ report: GapReport) -> String? {
        guard let comparison = report.comparison else { return nil }
        let questions = report.questions(in: dimension.id).count
        return words.moved(comparison.baseRound, comparison.dimensionMoves[dimension.id] ?? 0, questions)
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
        let parts = shown.map { "\(group($0.group)) \(NumberText.fixed($0.alpha, 2))" }
        return words.consistency(parts, shown.filter(\.isLow).map { group($0.group) })
    }

    /// The driver section's introduction, naming the outcome question.
    static func driverIntroduction(_ report: GapReport) -> String? {
        guard let outcome = report.outcome else { return nil }
        return words.driverIntroduction(
            report.prompt(of: outcome), DriverStrength.minimumPairs(minGroupSize: report.anonymity.minGroupSize))
    }

    /// Per driver group (everyone, each partner), one line per dimension, strongest first:
    /// *Trust: r = 0.62 [0.41, 0.77], score 48 — act here first*.
    static func driverGroups(_ report: GapReport) -> [(group: GroupKey, title: String, lines: [String])] {
        guard report.outcome != nil, let groups = report.dimensions.first?.drivers.map(\.group) else { return [] }
        return groups.map { key in
            guard !report.isHidden(key) else { return (key, group(key), [hidden]) }
            let rows = report.dimensions.compactMap { dimension in
                dimension.drivers.first { $0.group == key }.map { (dimension, $0) }
            }.sorted { ($0.1.r ?? -2) > ($1.1.r ?? -2) }
            let lines = rows.map { dimension, driver -> String in
                guard let r = driver.r else { return words.driverUnknown(dimension.title) }
                let line = words.driverLine(
                    dimension.title, NumberText.fixed(r, 2), NumberText.fixed(driver.ciLow, 2),
                    NumberText.fixed(driver.ciHigh, 2), NumberText.index(driver.score))
                return driver.isActHereFirst ? line + " — " + words.actHereFirst : line
            }
            return (key, group(key), lines)
        }
    }
}
