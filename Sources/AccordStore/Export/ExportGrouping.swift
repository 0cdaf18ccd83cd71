import AccordCore

/// How finely one round's answers may be grouped in an export (`anonymity.md` rules 3 and 8),
/// from finest to coarsest. Every group shown at the chosen grouping has at least the
/// threshold's number of submissions, and no suppressed group can be had by subtraction:
/// a grouping is shown whole (all its groups) or not at all.
public enum ExportGrouping: String, Sendable, Hashable, CaseIterable {
    /// Partner and level: all four partner × level cells meet the threshold.
    case partnerAndLevel
    /// Partner only: not every cell meets it, both partner totals do.
    case partner
    /// Level only: neither of the above, both level totals do.
    case level
    /// Everyone together: only the round's total meets it.
    case everyone
    /// Nothing: fewer submissions than the threshold in the whole round.
    case nothing

    /// The finest grouping whose every group has at least `threshold` submissions.
    ///
    /// - Parameter counts: submissions per partner (both partners of the session) and level;
    ///   a missing cell counts as 0, and a cell of 0 is below any threshold.
    public static func finest(counts: [String: [Level: Int]], partners: [String], threshold: Int) -> ExportGrouping {
        func cell(_ partner: String, _ level: Level) -> Int { counts[partner]?[level] ?? 0 }
        let cells = partners.flatMap { partner in Level.allCases.map { cell(partner, $0) } }
        let partnerTotals = partners.map { partner in Level.allCases.reduce(0) { $0 + cell(partner, $1) } }
        let levelTotals = Level.allCases.map { level in partners.reduce(0) { $0 + cell($1, level) } }
        let total = cells.reduce(0, +)
        if cells.allSatisfy({ $0 >= threshold }) { return .partnerAndLevel }
        if partnerTotals.allSatisfy({ $0 >= threshold }) { return .partner }
        if levelTotals.allSatisfy({ $0 >= threshold }) { return .level }
        if total >= threshold { return .everyone }
        return .nothing
    }

    /// The grouping of the groups `disclosure` shows. `Disclosure` always shows one of these
    /// layouts whole: every group, everyone and the partners, everyone and the levels,
    /// everyone, or nothing.
    public init(shownBy disclosure: Disclosure) {
        let partner = GroupKey(partner: disclosure.partners[0])
        if disclosure.isShown(GroupKey(partner: disclosure.partners[0], level: .management)) {
            self = .partnerAndLevel
        } else if disclosure.isShown(partner) {
            self = .partner
        } else if disclosure.isShown(GroupKey(level: .management)) {
            self = .level
        } else if disclosure.isShown(.everyone) {
            self = .everyone
        } else {
            self = .nothing
        }
    }

    /// Whether rows at this grouping carry the partner.
    public var showsPartner: Bool { self == .partnerAndLevel || self == .partner }
    /// Whether rows at this grouping carry the level.
    public var showsLevel: Bool { self == .partnerAndLevel || self == .level }
}
