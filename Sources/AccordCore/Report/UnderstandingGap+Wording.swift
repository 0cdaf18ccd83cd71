extension UnderstandingGap {
    /// The gap in one sentence, the same in every format and on the facilitator's console:
    /// *Acme thinks Globex answers 3.1 on average; Globex really answers 4.2 (underestimates by 1.1).*
    /// (scale), *Acme expects Globex to answer 12 (median); Globex's median answer is 24
    /// (underestimates by 12).* (number), *Acme thinks 70 % of Globex answers “Yes”; 40 % do
    /// (TVD 0.30).* (choice, yes/no; when Globex's own most frequent answer is another one,
    /// it is named with its share). `nil` when hidden or not computable.
    public var sentence: String? { sentence(.english) }

    /// The sentence in the language of `wording` (the report's language).
    public func sentence(_ wording: Wording) -> String? {
        guard !suppressed else { return nil }
        let (guesser, other) = (predictingPartner, aboutPartner)
        if let tvd, let guess = predictedTop, let real = actualTop, let agreeing = actualShareOfPredictedTop {
            let mostFrequent = real.key == guess.key ? nil : (real.label, wording.percent(real.share))
            return wording.share(
                guesser, wording.percent(guess.share), other, guess.label, wording.percent(agreeing), mostFrequent,
                wording.decimal(tvd, 2, false))
        }
        if let predicted = predictedMedian, let actual = actualMedian, let difference = gap {
            let size = wording.decimal(abs(difference), 1, true)
            return wording.median(
                guesser, other, wording.decimal(predicted, 1, true), wording.decimal(actual, 1, true),
                Self.verdict(difference, size, wording))
        }
        if let predicted = predictedMean, let actual = actualMean, let difference = gap {
            let size = wording.decimal(abs(difference), 1, false)
            return wording.mean(
                guesser, other, wording.decimal(predicted, 1, false), wording.decimal(actual, 1, false),
                Self.verdict(difference, size, wording))
        }
        return nil
    }

    /// The lines a report prints for one question's understanding gaps: each shown gap's
    /// sentence, then one line naming the question for the hidden ones (never one per group).
    public static func lines(_ gaps: [UnderstandingGap], prompt: String, wording: Wording = .english) -> [String] {
        var lines = gaps.compactMap { $0.sentence(wording) }
        let hidden = gaps.filter { $0.sentence(wording) == nil }.map(\.predictingPartner)
        guard !hidden.isEmpty else { return lines }
        lines.append(wording.hidden(hidden.count == gaps.count ? nil : hidden, prompt))
        return lines
    }

    /// `70 %` of a share 0–1.
    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded())) %" }

    /// `underestimates by 1.1`, `overestimates by 1.1`, `right on average`.
    static func verdict(_ difference: Double, _ size: String, _ wording: Wording) -> String {
        let zero = size.allSatisfy { $0 == "0" || $0 == "." || $0 == "," }
        return wording.verdict(zero ? 0 : (difference < 0 ? -1 : 1), size)
    }
}

extension UnderstandingGap {
    /// The words of the understanding-gap sentences in one language. Numbers reach the
    /// closures formatted by `decimal` and `percent`; partner names and answer labels as written.
    public struct Wording: Sendable {
        /// A number with `digits` decimals (whole when whole, if asked), true minus sign.
        public var decimal: @Sendable (_ value: Double, _ digits: Int, _ wholeWhenWhole: Bool) -> String
        /// `70 %` of a share 0–1.
        public var percent: @Sendable (Double) -> String
        /// Choice and yes/no: guesser, guessed share, other, guessed label, real share of that
        /// label, the other's own most frequent answer and share when it differs, TVD.
        public var share: @Sendable (String, String, String, String, String, (String, String)?, String) -> String
        /// Number: guesser, other, guessed median, real median, verdict.
        public var median: @Sendable (String, String, String, String, String) -> String
        /// Scale: guesser, other, mean guess, real mean, verdict.
        public var mean: @Sendable (String, String, String, String, String) -> String
        /// −1 under, 0 right, 1 over, with the size.
        public var verdict: @Sendable (_ direction: Int, _ size: String) -> String
        /// The line for hidden guesses: `nil` names when all are hidden.
        public var hidden: @Sendable (_ guessers: [String]?, _ prompt: String) -> String

        /// Creates a wording.
        public init(
            decimal: @escaping @Sendable (Double, Int, Bool) -> String, percent: @escaping @Sendable (Double) -> String,
            share: @escaping @Sendable (String, String, String, String, String, (String, String)?, String) -> String,
            median: @escaping @Sendable (String, String, String, String, String) -> String,
            mean: @escaping @Sendable (String, String, String, String, String) -> String,
            verdict: @escaping @Sendable (Int, String) -> String,
            hidden: @escaping @Sendable ([String]?, String) -> String
        ) {
            self.decimal = decimal
            self.percent = percent
            self.share = share
            self.median = median
            self.mean = mean
            self.verdict = verdict
            self.hidden = hidden
        }

        /// English, as the console and the English report print it.
        public static let english = Wording(
            decimal: { Numbers.decimal($0, digits: $1, wholeWhenWhole: $2) },
            percent: { UnderstandingGap.percent($0) },
            share: { guesser, guessed, other, label, agreeing, mostFrequent, tvd in
                var line = "\(guesser) thinks \(guessed) of \(other) answers “\(label)”; \(agreeing) do"
                if let (real, share) = mostFrequent {
                    line += ", and \(other)'s most frequent answer is “\(real)” (\(share))"
                }
                return line + " (TVD \(tvd))."
            },
            median: { guesser, other, predicted, actual, verdict in
                "\(guesser) expects \(other) to answer \(predicted) (median); \(other)'s median answer is \(actual) (\(verdict))."
            },
            mean: { guesser, other, predicted, actual, verdict in
                "\(guesser) thinks \(other) answers \(predicted) on average; \(other) really answers \(actual) (\(verdict))."
            },
            verdict: { direction, size in
                direction == 0 ? "right on average" : (direction < 0 ? "underestimates by \(size)" : "overestimates by \(size)")
            },
            hidden: { guessers, prompt in
                let who = guessers.map { $0.map { "\($0)'s guesses" }.joined(separator: " and ") } ?? "The guesses"
                return "\(who) on “\(prompt)” are hidden (a group they need is hidden)."
            }
        )
    }
}
