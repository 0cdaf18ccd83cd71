extension GapMovement {
    /// Which comparison this is, in words: `Acme vs Globex`, `Acme vs Globex, execution`,
    /// `management vs execution`, `management vs execution, Globex`.
    public var comparison: String { comparison(.english) }

    /// The comparison in the language of `wording`.
    public func comparison(_ wording: Wording) -> String {
        switch kind {
        case .partners: wording.partners(from.partner ?? "", to.partner ?? "", from.level)
        case .levels: wording.levels(partner)
        }
    }

    /// One line for reports and the console: the question, the comparison, then and now,
    /// the trend. Mean differences (signed `to` − `from`) on scale and number questions, the
    /// normalised gap (0–1) otherwise: *“we share one vision”, management vs execution,
    /// Globex: −2.3 in round 1, −0.7 now (narrowed)*.
    public var summary: String { summary(.english) }

    /// The line in the language of `wording`.
    public func summary(_ wording: Wording) -> String {
        let useMeans = thenMeanDifference != nil || nowMeanDifference != nil
        func value(_ mean: Double?, _ normalized: Double?) -> String {
            if useMeans { return mean.map { wording.signed($0, 1) } ?? wording.hidden }
            return normalized.map { wording.gap(wording.decimal($0, 2)) } ?? wording.hidden
        }
        let names = [from.partner, to.partner].compactMap { $0 }
        return wording.line(
            wording.quote(prompt, names), comparison(wording), value(thenMeanDifference, then), thenRound,
            value(nowMeanDifference, now), trend == .unknown ? nil : wording.trend(trend))
    }
}

extension GapMovement {
    /// The words of a movement's line in one language; numbers formatted by its closures.
    public struct Wording: Sendable {
        /// A number with `digits` decimals, true minus sign.
        public var decimal: @Sendable (_ value: Double, _ digits: Int) -> String
        /// Like `decimal`, with `+` on positive values.
        public var signed: @Sendable (_ value: Double, _ digits: Int) -> String
        /// A hidden value.
        public var hidden: String
        /// `gap 0.30`.
        public var gap: @Sendable (String) -> String
        /// `Acme vs Globex` and, within a level, `, execution`.
        public var partners: @Sendable (_ from: String, _ to: String, _ level: Level?) -> String
        /// `management vs execution` and, within a partner, `, Globex`.
        public var levels: @Sendable (_ partner: String?) -> String
        /// A trend in words.
        public var trend: @Sendable (Trend) -> String
        /// The prompt quoted (with the partners' names, which keep their capitals).
        public var quote: @Sendable (_ prompt: String, _ names: [String]) -> String
        /// The whole line: quoted prompt, comparison, then, its round, now, trend.
        public var line: @Sendable (String, String, String, Int?, String, String?) -> String

        /// Creates a wording.
        public init(
            decimal: @escaping @Sendable (Double, Int) -> String, signed: @escaping @Sendable (Double, Int) -> String,
            hidden: String, gap: @escaping @Sendable (String) -> String,
            partners: @escaping @Sendable (String, String, Level?) -> String,
            levels: @escaping @Sendable (String?) -> String, trend: @escaping @Sendable (Trend) -> String,
            quote: @escaping @Sendable (String, [String]) -> String,
            line: @escaping @Sendable (String, String, String, Int?, String, String?) -> String
        ) {
            self.decimal = decimal
            self.signed = signed
            self.hidden = hidden
            self.gap = gap
            self.partners = partners
            self.levels = levels
            self.trend = trend
            self.quote = quote
            self.line = line
        }

        /// A statement quoted the English way (`QuotedPrompt`: lower-case start, no full stop).
        public static let quoteStatement: @Sendable (String, [String]) -> String = { QuotedPrompt.quote($0, names: $1) }

        /// English, as the console and the English report print it.
        public static let english = Wording(
            decimal: { Numbers.decimal($0, digits: $1) }, signed: { Numbers.signed($0, digits: $1) }, hidden: "hidden",
            gap: { "gap " + $0 },
            partners: { from, to, level in "\(from) vs \(to)" + (level.map { ", \($0.rawValue)" } ?? "") },
            levels: { partner in "management vs execution" + (partner.map { ", \($0)" } ?? "") },
            trend: { $0.rawValue }, quote: quoteStatement,
            line: { prompt, comparison, then, round, now, trend in
                "\(prompt), \(comparison): \(then)\(round.map { " in round \($0)" } ?? ""), \(now) now"
                    + (trend.map { " (\($0))" } ?? "")
            }
        )
    }
}
