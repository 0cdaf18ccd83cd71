/// The one rule that orders findings, for the report's "largest gaps" headline (AccordReport)
/// and the facilitator's reveal (`FindingRanker`) alike: the larger band first, then a clean
/// gap before a dispersed one (a group that does not agree with itself is not a clean
/// misalignment), then the larger effect, then the larger gap itself (Cliff's δ stops at ±1
/// once two groups do not overlap, so the normalised gap tells those apart). Never by p.
/// Equal ranks keep their order (question order in the workshop).
public struct FindingRank: Sendable, Hashable {
    /// The effect's band; a finding without one ranks as negligible.
    public var magnitude: EffectMagnitude
    /// Whether a group involved does not agree with itself (rwg below .50).
    public var dispersed: Bool
    /// The effect size, 0–1: |Cliff's δ| on scale and number gaps, the normalised gap on
    /// other types (`Gap.effect(on:)`).
    public var effect: Double
    /// The size of the gap itself, 0–1, for ties of `effect`.
    public var size: Double

    /// Creates a rank from its parts; `size` defaults to the effect.
    public init(magnitude: EffectMagnitude, dispersed: Bool, effect: Double, size: Double? = nil) {
        self.magnitude = magnitude
        self.dispersed = dispersed
        self.effect = effect
        self.size = size ?? effect
    }

    /// The rank of a partner or level gap on a question of `type`; `nil` when the gap has no
    /// effect to rank by (suppressed, or no statistics).
    public init?(_ gap: Gap, on type: QuestionType) {
        guard !gap.suppressed, let effect = gap.effect(on: type) else { return nil }
        self.init(
            magnitude: gap.magnitude ?? .negligible, dispersed: gap.dispersed, effect: effect,
            size: gap.normalizedGap)
    }

    /// Whether a finding of this rank is discussed before one of `other`.
    public func ranksAbove(_ other: FindingRank) -> Bool {
        let bands = EffectMagnitude.allCases
        let (mine, theirs) = (bands.firstIndex(of: magnitude)!, bands.firstIndex(of: other.magnitude)!)
        if mine != theirs { return mine > theirs }
        if dispersed != other.dispersed { return !dispersed }
        if effect != other.effect { return effect > other.effect }
        return size > other.size
    }

    /// `items` best first by `rank`, equal ranks in their given order.
    public static func sorted<Item>(_ items: [Item], by rank: (Item) -> FindingRank) -> [Item] {
        let ranks = items.map(rank)
        return items.indices.sorted { lhs, rhs in
            if ranks[lhs].ranksAbove(ranks[rhs]) { return true }
            if ranks[rhs].ranksAbove(ranks[lhs]) { return false }
            return lhs < rhs
        }.map { items[$0] }
    }

    /// The best of `items` by `rank` (the first of equals), or `nil` when there is none.
    public static func best<Item>(_ items: [Item], by rank: (Item) -> FindingRank) -> Item? {
        sorted(items, by: rank).first
    }
}
