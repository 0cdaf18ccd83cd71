extension Gap {
    /// The effect size findings rank by, 0–1: |Cliff's δ| on scale and number questions, the
    /// normalised gap (TVD, mean rate difference, rank disagreement) on the others; `nil`
    /// when there is none.
    public func effect(on type: QuestionType) -> Double? {
        switch type {
        case .scale, .number: cliffsDelta.map(abs)
        default: normalizedGap.map(abs)
        }
    }
}
