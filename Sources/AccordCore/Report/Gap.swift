/// The difference between two groups on one question, signed `to` − `from`.
public struct Gap: Sendable, Hashable {
    /// Which comparison this is.
    public enum Kind: String, Sendable, Hashable {
        /// Partner A vs partner B (everyone, or within one level).
        case partners
        /// Management vs execution (everyone, or within one partner).
        case levels
    }

    /// Which comparison this is.
    public var kind: Kind
    /// For a levels gap within one partner, that partner; otherwise `nil`.
    public var partner: String?
    /// The reference group.
    public var from: GroupKey
    /// The compared group.
    public var to: GroupKey
    /// Whether the gap needs a suppressed group (then every statistic is `nil`).
    public var suppressed: Bool
    /// mean(to) − mean(from) (scale, number).
    public var meanDifference: Double?
    /// Cliff's delta (scale, number).
    public var cliffsDelta: Double?
    /// Earth mover's distance over the scale, divided by A − 1 (scale).
    public var emd: Double?
    /// Total variation distance (scale, choice, yesno); for multi, the mean absolute rate difference.
    public var tvd: Double?
    /// Per option, selection rate(to) − rate(from) (multi).
    public var rateDifferences: [String: Double]?
    /// Kendall τ-b between the groups' mean ranks (rank).
    public var kendallTau: Double?
    /// Two-sided permutation p of the difference in means (scale).
    public var pValue: Double?
    /// The smallest p these group sizes can give; when ≥ 0.05, p < .05 cannot be reached.
    public var minimumPValue: Double?
    /// The normalised gap g of `statistics.md`, 0–1, used by the alignment index.
    public var normalizedGap: Double?
    /// Whether either group does not agree with itself (rwg below .50): *dispersed*.
    public var dispersed: Bool
    /// The size band of the gap (`statistics.md`, "Magnitude"): of |Cliff's δ| on scale and
    /// number questions, of the normalised gap (TVD, mean |rate difference|, (1 − τ_b) / 2)
    /// on choice, yes/no, multi and rank; `nil` when suppressed or not computable.
    public var magnitude: EffectMagnitude?
    /// Benjamini–Hochberg q-value of `pValue` over the report's family: every shown gap with a
    /// pValue (`FalseDiscoveryRate`). Holds at 5 % FDR when below .05.
    public var qValue: Double? = nil
    /// The 95 % Welch interval of `meanDifference` (scale, number); `nil` when either group has
    /// fewer than 2 answers or both variances are 0.
    public var ciLow: Double? = nil
    /// The upper end of the Welch interval.
    public var ciHigh: Double? = nil
    /// The Welch standard error of `meanDifference`, for the change since an earlier round.
    public var standardError: Double? = nil

    /// Creates a gap.
    public init(
        kind: Kind, partner: String? = nil, from: GroupKey, to: GroupKey, suppressed: Bool,
        meanDifference: Double? = nil, cliffsDelta: Double? = nil, emd: Double? = nil, tvd: Double? = nil,
        rateDifferences: [String: Double]? = nil, kendallTau: Double? = nil, pValue: Double? = nil,
        minimumPValue: Double? = nil, normalizedGap: Double? = nil, dispersed: Bool = false,
        magnitude: EffectMagnitude? = nil
    ) {
        self.kind = kind
        self.partner = partner
        self.from = from
        self.to = to
        self.suppressed = suppressed
        self.meanDifference = meanDifference
        self.cliffsDelta = cliffsDelta
        self.emd = emd
        self.tvd = tvd
        self.rateDifferences = rateDifferences
        self.kendallTau = kendallTau
        self.pValue = pValue
        self.minimumPValue = minimumPValue
        self.normalizedGap = normalizedGap
        self.dispersed = dispersed
        self.magnitude = magnitude
    }
}

extension Gap {
    /// Whether the finding holds at 5 % FDR (q < .05); `nil` without a q-value.
    public var holdsAtFDR: Bool? { qValue.map { $0 < FalseDiscoveryRate.level } }

    /// Whether this gap compares the same groups as `other` (the key across rounds).
    public func isSameComparison(as other: Gap) -> Bool {
        kind == other.kind && partner == other.partner && from == other.from && to == other.to
    }
}

/// The size band of a gap, on Romano et al.'s (2006) cut-offs for |Cliff's δ|, which
/// `statistics.md` ("Magnitude") carries over to the other gaps.
public enum EffectMagnitude: String, Sendable, Hashable, CaseIterable {
    /// |δ| < .147
    case negligible
    /// |δ| < .33
    case small
    /// |δ| < .474
    case medium
    /// otherwise
    case large

    /// The band of a Cliff's delta.
    public init(cliffsDelta: Double) {
        self.init(distance: abs(cliffsDelta))
    }

    /// The band of a distance between 0 and 1 on the scale of |Cliff's δ|: a total variation
    /// distance (for a yes/no question it is |δ| itself; for a choice, the largest |δ| of any
    /// split of the options in two), a mean |selection rate difference| (the mean of the
    /// options' |δ|), or the share of option pairs a rank gap puts in opposite order,
    /// (1 − τ_b) / 2.
    public init(distance: Double) {
        switch abs(distance) {
        case ..<0.147: self = .negligible
        case ..<0.33: self = .small
        case ..<0.474: self = .medium
        default: self = .large
        }
    }
}

/// The rwg agreement band (after LeBreton & Senter 2008).
public enum AgreementLevel: String, Sendable, Hashable, CaseIterable {
    /// rwg < .30
    case none
    /// rwg < .50
    case weak
    /// rwg < .70
    case moderate
    /// rwg < .90
    case strong
    /// otherwise
    case veryStrong

    /// The band of an rwg value.
    public init(rwg: Double) {
        switch rwg {
        case ..<0.30: self = .none
        case ..<0.50: self = .weak
        case ..<0.70: self = .moderate
        case ..<0.90: self = .strong
        default: self = .veryStrong
        }
    }
}
