/// What one partner thinks the other answers, beside what the other really answers
/// (`statistics.md`, "Understanding gap"): means on a scale, medians on a number, the two
/// distributions (TVD, each side's most frequent answer) on a choice or yes/no question.
public struct UnderstandingGap: Sendable, Hashable {
    /// One answer and the share of a group that gave it.
    public struct TopAnswer: Sendable, Hashable {
        /// The answer's key (`yes`, an option id).
        public var key: String
        /// The answer as shown (`Yes`, the option's label).
        public var label: String
        /// Its share of the group's real answers (or guesses), 0–1.
        public var share: Double

        /// Creates a top answer.
        public init(key: String, label: String, share: Double) {
            self.key = key
            self.label = label
            self.share = share
        }
    }

    /// The partner who guessed.
    public var predictingPartner: String
    /// The partner guessed about.
    public var aboutPartner: String
    /// Whether either side is suppressed (then the numbers are `nil`).
    public var suppressed: Bool
    /// Mean of the predicting partner's guesses (scale, number).
    public var predictedMean: Double?
    /// Mean of the other partner's own answers (scale, number).
    public var actualMean: Double?
    /// `predictedMean − actualMean` on a scale, `predictedMedian − actualMedian` on a number,
    /// the TVD on a choice or yes/no question.
    public var gap: Double?
    /// Median of the predicting partner's guesses (number).
    public var predictedMedian: Double?
    /// Median of the other partner's own answers (number).
    public var actualMedian: Double?
    /// Total variation distance between the guessed and the real distribution (choice, yesno).
    public var tvd: Double?
    /// The most frequent guess and its share of the guesses (choice, yesno).
    public var predictedTop: TopAnswer?
    /// The other partner's most frequent real answer and its share (choice, yesno).
    public var actualTop: TopAnswer?
    /// The share of the other partner's real answers that gave the most frequent guess
    /// (choice, yesno): the "40 % do" of "Acme thinks 70 % of Globex says yes; 40 % do".
    public var actualShareOfPredictedTop: Double?

    /// Creates an understanding gap.
    public init(
        predictingPartner: String, aboutPartner: String, suppressed: Bool, predictedMean: Double? = nil,
        actualMean: Double? = nil, gap: Double? = nil
    ) {
        self.predictingPartner = predictingPartner
        self.aboutPartner = aboutPartner
        self.suppressed = suppressed
        self.predictedMean = predictedMean
        self.actualMean = actualMean
        self.gap = gap
    }
}
