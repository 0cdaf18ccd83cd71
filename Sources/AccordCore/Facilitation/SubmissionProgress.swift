/// How many participants have submitted in the current round, as the facilitator may see it:
/// per group, a count only where the report could show it (`anonymity.md` rules 2 and 3,
/// through `Disclosure`), never who and never when.
///
/// A hidden group shows *hidden*, the same whether it is below `minGroupSize` or hidden so
/// that a smaller one cannot be worked out: with Acme shown as 4, "fewer than 3" on both Acme
/// cells would say they are 2 and 2.
public struct SubmissionProgress: Sendable, Hashable {
    /// What a group's row shows.
    public enum Count: Sendable, Hashable {
        /// The group's number of submissions.
        case shown(Int)
        /// The group is hidden (`Disclosure`); no reason, no bound.
        case hidden
    }

    /// One group's row.
    public struct Row: Sendable, Hashable {
        /// The group.
        public var group: GroupKey
        /// What the row shows.
        public var count: Count

        /// Creates a row.
        public init(group: GroupKey, count: Count) {
            self.group = group
            self.count = count
        }
    }

    /// The round counted.
    public var round: Int
    /// Whether the round is open (still taking submissions).
    public var isOpen: Bool
    /// The threshold applied.
    public var minGroupSize: Int
    /// Everyone, the partners, the levels, the cells, in report order.
    public var rows: [Row]

    /// The progress of a round from its number of submissions per partner × level cell.
    /// Margins are sums of cells, exactly as the report counts them.
    public init(
        round: Int, isOpen: Bool, thresholds: AnonymityThresholds, partners: [String], cellCounts: [GroupKey: Int]
    ) {
        func count(_ group: GroupKey) -> Int {
            cellCounts.filter { cell, _ in
                cell.isCell && (group.partner == nil || group.partner == cell.partner)
                    && (group.level == nil || group.level == cell.level)
            }.values.reduce(0, +)
        }
        let disclosure = Disclosure(thresholds: thresholds, partners: partners, submissions: count)
        self.round = round
        self.isOpen = isOpen
        self.minGroupSize = thresholds.minGroupSize
        self.rows = Disclosure.groups(partners: partners).map { group in
            Row(group: group, count: disclosure.isShown(group) ? .shown(count(group)) : .hidden)
        }
    }

    /// Everyone's row: the round's total, shown once it reaches the threshold. What `accord
    /// session show` prints, and all a projected screen may show of an open round.
    public var total: Count { rows.first { $0.group == .everyone }?.count ?? .hidden }

    /// Whether every group can be shown: each partner × level cell has reached `minGroupSize`,
    /// so the report will show every comparison.
    public var everyGroupShown: Bool {
        rows.allSatisfy { if case .shown = $0.count { true } else { false } }
    }

    /// The row's count as the console shows it: `7` or `hidden`.
    public static func text(_ count: Count) -> String {
        switch count {
        case .shown(let n): String(n)
        case .hidden: "hidden"
        }
    }
}
