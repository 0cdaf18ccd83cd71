extension GapMovement {
    /// Which comparison this is, in words: `Acme vs Globex`, `Acme vs Globex, execution`,
    /// `management vs execution`, `management vs execution, Globex`.
    public var comparison: String {
        switch kind {
        case .partners:
            let names = "\(from.partner ?? "") vs \(to.partner ?? "")"
            return from.level.map { "\(names), \($0.rawValue)" } ?? names
        case .levels:
            return "management vs execution" + (partner.map { ", \($0)" } ?? "")
        }
    }

    /// One line for reports and the console: the question, the comparison, then and now,
    /// the trend. Mean differences (signed `to` − `from`) on scale and number questions, the
    /// normalised gap (0–1) otherwise: *“we share one vision”, management vs execution,
    /// Globex: −2.3 in round 1, −0.7 now (narrowed)*.
    public var summary: String {
        let useMeans = thenMeanDifference != nil || nowMeanDifference != nil
        func value(_ mean: Double?, _ normalized: Double?) -> String {
            if useMeans { return mean.map { Numbers.signed($0, digits: 1) } ?? "hidden" }
            return normalized.map { "gap " + Numbers.decimal($0, digits: 2) } ?? "hidden"
        }
        let then = value(thenMeanDifference, self.then)
        let now = value(nowMeanDifference, self.now)
        let round = thenRound.map { " in round \($0)" } ?? ""
        let trend = trend == .unknown ? "" : " (\(trend.rawValue))"
        return "\(QuotedPrompt.quote(prompt, names: [from.partner, to.partner].compactMap { $0 })), \(comparison): "
            + "\(then)\(round), \(now) now\(trend)"
    }
}
