import AccordCore

extension JSONReportRenderer {
    /// The report-wide fields of issue 13: the size of the false-discovery-rate family and the
    /// outcome question of the driver analysis.
    func reliability(_ report: GapReport) -> [(String, OrderedJSON)] {
        [("comparisons", .int(report.comparisons)), ("outcome", .text(report.outcome))]
    }

    /// A dimension's α per group and driver strength per driver group; a hidden group's
    /// numbers are `null`, whatever the model holds.
    func consistencyAndDrivers(_ dimension: DimensionReport, _ report: GapReport) -> [(String, OrderedJSON)] {
        let hidden = Set(report.groups.filter(\.suppressed).map(\.group))
        return [
            ("consistency", .array(dimension.consistency.map { entry in
                .object(Self.key(entry.group) + [
                    ("alpha", .number(hidden.contains(entry.group) ? nil : entry.alpha)),
                    ("low", entry.alpha == nil || hidden.contains(entry.group) ? .null : .bool(entry.isLow)),
                ])
            })),
            ("drivers", .array(dimension.drivers.map { driver in
                let shown = !hidden.contains(driver.group)
                return .object(Self.key(driver.group) + [
                    ("score", .number(shown ? driver.score : nil)), ("r", .number(shown ? driver.r : nil)),
                    ("ciLow", .number(shown ? driver.ciLow : nil)), ("ciHigh", .number(shown ? driver.ciHigh : nil)),
                ])
            })),
        ]
    }

    /// Per current gap of a question (in the question's order), its change since the earlier
    /// round, or `null` where it has none.
    func changes(_ questionID: String, _ report: GapReport) -> OrderedJSON {
        guard let question = report.question(questionID), let changes = report.comparison?.changes[questionID] else {
            return .array([])
        }
        return .array(zip(question.gaps, changes).map { gap, change in
            .object([
                ("kind", .string(gap.kind.rawValue)), ("partner", .text(gap.partner)),
                ("from", .object(Self.key(gap.from))), ("to", .object(Self.key(gap.to))),
                ("change", .number(change?.change)), ("standardError", .number(change?.standardError)),
                ("ciLow", .number(change?.ciLow)), ("ciHigh", .number(change?.ciHigh)),
                ("withinNoise", change.map { .bool($0.withinNoise) } ?? .null),
            ])
        })
    }
}
