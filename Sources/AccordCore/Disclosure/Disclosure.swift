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
/// count, comment and every gap or understanding gap that needs it. Per question the same
/// rules are applied again to the number of real answers (`refined(answers:)`), for
/// condition-linked questions jointly (`byQuestion(in:answers:)`).
///
/// Why a group is hidden is deliberately not kept. A reason per group is itself a bound on
/// its count: with Acme shown as 4, "Acme·management fewer than 3" and "Acme·execution fewer
/// than 3" leave only 2 and 2. Outputs say "hidden", the same for every hidden group, and
/// state the rule once (`AnonymityReport.rule`).
public struct Disclosure: Sendable, Hashable {
    /// The thresholds applied.
    public let thresholds: AnonymityThresholds
    /// The session's partners: partner A, partner B.
    public let partners: [String]
    /// The hidden groups; a group not in here is shown.
    public let hidden: Set<GroupKey>

    /// Every group of a session, in report order: everyone, the partners (session order),
    /// the levels, the cells (partner A's first, management first).
    public static func groups(partners: [String]) -> [GroupKey] {
        [GroupKey.everyone] + partners.map { GroupKey(partner: $0) } + Level.allCases.map { GroupKey(level: $0) }
            + partners.flatMap { partner in Level.allCases.map { GroupKey(partner: partner, level: $0) } }
    }

    /// Decides what may be shown, given each group's number of submissions.
    public init(thresholds: AnonymityThresholds, partners: [String], submissions: (GroupKey) -> Int) {
        let small = Self.groups(partners: partners).filter { submissions($0) < thresholds.minGroupSize }
        self.init(thresholds: thresholds, partners: partners, hiding: Set(small))
    }

    /// Hides `initial` and, applying rule 3 until nothing changes, every group that would
    /// let one work a hidden group out.
    private init(thresholds: AnonymityThresholds, partners: [String], hiding initial: Set<GroupKey>) {
        self.thresholds = thresholds
        self.partners = partners
        let groups = Self.groups(partners: partners)
        var hidden = initial
        let cells = groups.filter(\.isCell)
        let partnerGroups = partners.map { GroupKey(partner: $0) }
        let levelGroups = Level.allCases.map { GroupKey(level: $0) }
        func hideAll(_ keys: [GroupKey]) -> Bool {
            var changed = false
            for key in keys where hidden.insert(key).inserted { changed = true }
            return changed
        }
        var changed = true
        while changed {
            changed = false
            if hidden.contains(.everyone) { changed = hideAll(groups) || changed }
            if cells.contains(where: hidden.contains) { changed = hideAll(cells) || changed }
            if partnerGroups.contains(where: hidden.contains) { changed = hideAll(partnerGroups) || changed }
            if levelGroups.contains(where: hidden.contains) { changed = hideAll(levelGroups) || changed }
            let marginsShown = (partnerGroups + levelGroups).allSatisfy { !hidden.contains($0) }
            if hidden.contains(cells[0]), marginsShown { changed = hideAll(levelGroups) || changed }
        }
        self.hidden = hidden
    }

    /// What may be shown about one question (or one question's predictions): a group is hidden
    /// when it is hidden here, or when it has fewer than `minGroupSize` of `answers` (the
    /// group's real answers to that question: not "don't know", not "prefer not to say", not
    /// skipped by a condition), and rule 3 is applied again to the union, so complementary
    /// suppression holds per question too.
    ///
    /// Without this a group of 12 submissions in which one participant saw a conditional
    /// question would show that participant's answer as the group's mean.
    public func refined(answers: (GroupKey) -> Int) -> Disclosure {
        let small = Self.groups(partners: partners).filter { answers($0) < thresholds.minGroupSize }
        return Disclosure(thresholds: thresholds, partners: partners, hiding: hidden.union(small))
    }

    /// As `refined(answers:)`, with `minimum` in place of `minGroupSize` (driver strengths
    /// need max(minGroupSize, 10) pairs).
    public func refined(minimum: Int, answers: (GroupKey) -> Int) -> Disclosure {
        let small = Self.groups(partners: partners).filter { answers($0) < minimum }
        return Disclosure(thresholds: thresholds, partners: partners, hiding: hidden.union(small))
    }

    /// Decides what `aggregate`'s groups may show.
    public init(thresholds: AnonymityThresholds, aggregate: Aggregate) {
        self.init(thresholds: thresholds, partners: aggregate.partners) { aggregate.submissions(in: $0) }
    }

    /// Whether the group may be shown.
    public func isShown(_ group: GroupKey) -> Bool { !hidden.contains(group) }

    /// Whether both groups may be shown (a gap between them, an understanding gap).
    public func areShown(_ first: GroupKey, _ second: GroupKey) -> Bool { isShown(first) && isShown(second) }

    /// The hidden groups, in report order, with no reason of their own.
    public var suppressions: [Suppression] {
        Self.groups(partners: partners).filter(hidden.contains).map { Suppression(group: $0) }
    }

    /// Warnings for the report's reader: each threshold below the recommended minimum, as
    /// data (`DisclosureWarning`) that each output words in its language.
    public var warnings: [DisclosureWarning] {
        let recommended = AnonymityThresholds.recommended
        return AnonymityThresholds.Setting.allCases.compactMap { setting in
            let value = thresholds.value(of: setting)
            return value < recommended
                ? .thresholdBelowRecommended(setting, value: value, recommended: recommended) : nil
        }
    }

    /// Where a text question's comments may be shown pooled (`anonymity.md` rule 5):
    /// everyone, when everyone is shown and at least `minGroupSizeForText` participants wrote
    /// a comment (so each comment hides among at least that many authors, and the group has at
    /// least that many submissions). `nil`: not shown at all. Per partner: `commentGroups`.
    public func commentGroup(comments: Int) -> GroupKey? {
        commentGroups(byPartner: [:], everyone: comments).first
    }

    /// The groups one text question's comments are shown for (rule 5): each partner when
    /// every partner is shown and each wrote at least `minGroupSizeForText` non-blank comments
    /// to the question (`byPartner`); otherwise everyone, pooled, when the `everyone` comments
    /// reach that threshold and everyone is shown; otherwise none. Never per level or cell.
    /// The report and the export both decide through here.
    public func commentGroups(byPartner: [String: Int], everyone: Int) -> [GroupKey] {
        let partnerGroups = partners.map { GroupKey(partner: $0) }
        if !partners.isEmpty, partnerGroups.allSatisfy(isShown),
            partners.allSatisfy({ (byPartner[$0] ?? 0) >= thresholds.minGroupSizeForText })
        {
            return partnerGroups
        }
        return pooledCommentGroup(comments: everyone).map { [$0] } ?? []
    }

    private func pooledCommentGroup(comments: Int) -> GroupKey? {
        guard isShown(.everyone), comments >= thresholds.minGroupSizeForText else { return nil }
        return .everyone
    }
}
