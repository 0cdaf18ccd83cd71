import AccordCore

/// How many have submitted in a round, per partner × level cell, and what of that may be shown
/// (`anonymity.md` rules 2 and 3: a group below the threshold, or one whose count could be
/// worked out from shown groups, shows no count).
struct RoundCounts {
    /// Submissions per cell.
    var cells: [GroupKey: Int] = [:]

    /// The number of submissions in `group` (a cell, a margin or everyone).
    func count(_ group: GroupKey) -> Int {
        cells.filter { key, _ in
            (group.partner == nil || key.partner == group.partner) && (group.level == nil || key.level == group.level)
        }.values.reduce(0, +)
    }

    /// Each group of the session, in report order, with its count or `nil` when suppressed.
    func shown(thresholds: AnonymityThresholds, partners: [String]) -> [(group: GroupKey, count: Int?)] {
        let disclosure = Disclosure(thresholds: thresholds, partners: partners, submissions: count)
        return Disclosure.groups(partners: partners).map { group in
            (group, disclosure.isShown(group) ? count(group) : nil)
        }
    }
}
