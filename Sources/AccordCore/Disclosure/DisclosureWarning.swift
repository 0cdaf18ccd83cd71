/// A warning for the report's reader about the anonymity thresholds applied, as data: each
/// output words it in its own language (the report's `ReportWords.disclosureWarning`, the one
/// place the sentence is written), so Core carries no prose in one language.
public enum DisclosureWarning: Sendable, Hashable {
    /// A threshold set below the recommended minimum: every reader who also answered can
    /// remove their own answer, so a group of `value` protects `value - 1` others.
    case thresholdBelowRecommended(AnonymityThresholds.Setting, value: Int, recommended: Int)
}

extension AnonymityThresholds {
    /// A threshold by its name in the workshop file, for messages.
    public enum Setting: String, Sendable, Hashable, CaseIterable {
        /// `anonymity.minGroupSize`: statistics and counts.
        case minGroupSize
        /// `anonymity.minGroupSizeForText`: comments.
        case minGroupSizeForText
    }

    /// The value of `setting`.
    public func value(of setting: Setting) -> Int {
        switch setting {
        case .minGroupSize: minGroupSize
        case .minGroupSizeForText: minGroupSizeForText
        }
    }
}
