/// Decides which groups a report may show (`anonymity.md` rules 2 and 3, see
/// `docs/anonymity.md`).
///
/// Rule 2: a group (partner × level cell, partner, level, everyone) with fewer than
/// `minGroupSize` submissions is hidden. Rule 3, applied until nothing changes:
/// - when one cell is hidden, all four cells are;
/// - when one partner is hidden, both are; when one level is hidden, both are;
/// - when the cells are hidden, partners and levels are not both shown: the levels are
///   hidden too. A hidden cell is the intersection of a partner and a level; with both
///   margins shown, an answer given once in partner A and once among execution, and not
///   elsewhere, is pinned to the A·execution cell (the count tables bound every cell's
///   counts from below). With one partition shown, a hidden group is just a subset of shown
///   groups, and nothing about it follows that does not follow for any other subset.
///
/// A group is hidden whole: its size, every per-question statistic, count, "don't know"
/// count, comment and every gap or understanding gap that needs it.
public struct Disclosure: Sendable, Hashable {
    /// The thresholds applied.
    public let thresholds: AnonymityThresholds
    /// The session's partners: partner A, partner B.
    public let partners: [String]
    /// Why each hidden group is hidden; a group not in here is shown.
    public let reasons: [GroupKey: Suppression.Reason]

    /// Every group of a session, in report order: everyone, the partners (session order),
    /// the levels, the cells (partner A's first, management first).
    public static func groups(partners: [String]) -> [GroupKey] {
        [GroupKey.everyone] + partners.map { GroupKey(partner: $0) } + Level.allCases.map { GroupKey(level: $0) }
            + partners.flatMap { partner in Level.allCases.map { GroupKey(partner: partner, level: $0) } }
    }

    /// Decides what may be shown, given each group's number of submissions.
    public init(thresholds: AnonymityThresholds, partners: [String], submissions: (GroupKey) -> Int) {
        self.thresholds = thresholds
        self.partners = partners
        let groups = Self.groups(partners: partners)
        var reasons: [GroupKey: Suppression.Reason] = [:]
        for group in groups where submissions(group) < thresholds.minGroupSize {
            reasons[group] = .belowThreshold
        }
        let cells = groups.filter(\.isCell)
        let partnerGroups = partners.map { GroupKey(partner: $0) }
        let levelGroups = Level.allCases.map { GroupKey(level: $0) }
        func hideAll(_ keys: [GroupKey]) -> Bool {
            var changed = false
            for key in keys where reasons[key] == nil {
                reasons[key] = .complementary
                changed = true
            }
            return changed
        }
        var changed = true
        while changed {
            changed = false
            if reasons[.everyone] != nil { changed = hideAll(groups) || changed }
            if cells.contains(where: { reasons[$0] != nil }) { changed = hideAll(cells) || changed }
            if partnerGroups.contains(where: { reasons[$0] != nil }) { changed = hideAll(partnerGroups) || changed }
            if levelGroups.contains(where: { reasons[$0] != nil }) { changed = hideAll(levelGroups) || changed }
            let marginsShown = (partnerGroups + levelGroups).allSatisfy { reasons[$0] == nil }
            if reasons[cells[0]] != nil, marginsShown { changed = hideAll(levelGroups) || changed }
        }
        self.reasons = reasons
    }

    /// Decides what `aggregate`'s groups may show.
    public init(thresholds: AnonymityThresholds, aggregate: Aggregate) {
        self.init(thresholds: thresholds, partners: aggregate.partners) { aggregate.submissions(in: $0) }
    }

    /// Whether the group may be shown.
    public func isShown(_ group: GroupKey) -> Bool { reasons[group] == nil }

    /// Whether both groups may be shown (a gap between them, an understanding gap).
    public func areShown(_ first: GroupKey, _ second: GroupKey) -> Bool { isShown(first) && isShown(second) }

    /// The hidden groups with their reasons, in report order.
    public var suppressions: [Suppression] {
        Self.groups(partners: partners).compactMap { group in
            reasons[group].map { Suppression(group: group, reason: $0) }
        }
    }

    /// Warnings for the report's reader: each threshold below 5.
    public var warnings: [String] {
        var warnings: [String] = []
        let recommended = AnonymityThresholds.recommended
        for (name, value) in [
            ("minGroupSize", thresholds.minGroupSize), ("minGroupSizeForText", thresholds.minGroupSizeForText),
        ] where value < recommended {
            warnings.append(
                "\(name) is \(value), below \(recommended): every reader who also answered can remove their own "
                    + "answer, so a group of \(value) protects \(value - 1) others.")
        }
        return warnings
    }

    /// Where a text question's comments may be shown (`anonymity.md` rule 5): only at the
    /// coarsest level, everyone, and only when everyone is shown and at least
    /// `minGroupSizeForText` participants wrote a comment (so each comment hides among at
    /// least that many authors, and the group has at least that many submissions).
    /// `nil`: not shown at all.
    public func commentGroup(comments: Int) -> GroupKey? {
        guard isShown(.everyone), comments >= thresholds.minGroupSizeForText else { return nil }
        return .everyone
    }
}
