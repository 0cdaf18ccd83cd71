extension UnderstandingGap {
    /// The gap in one sentence, the same in every format and on the facilitator's console:
    /// *Acme thinks Globex answers 3.1 on average; Globex really answers 4.2 (underestimates by 1.1).*
    /// (scale), *Acme expects Globex to answer 12 (median); Globex's median answer is 24
    /// (underestimates by 12).* (number), *Acme thinks 70 % of Globex answers “Yes”; 40 % do
    /// (TVD 0.30).* (choice, yes/no; when Globex's own most frequent answer is another one,
    /// it is named with its share). `nil` when hidden or not computable.
    public var sentence: String? {
        guard !suppressed else { return nil }
        let (guesser, other) = (predictingPartner, aboutPartner)
        if let tvd, let guess = predictedTop, let real = actualTop, let agreeing = actualShareOfPredictedTop {
            var line = "\(guesser) thinks \(Self.percent(guess.share)) of \(other) answers “\(guess.label)”; "
                + "\(Self.percent(agreeing)) do"
            if real.key != guess.key {
                line += ", and \(other)'s most frequent answer is “\(real.label)” (\(Self.percent(real.share)))"
            }
            return line + " (TVD \(Numbers.decimal(tvd, digits: 2)))."
        }
        if let predicted = predictedMedian, let actual = actualMedian, let difference = gap {
            return "\(guesser) expects \(other) to answer \(Numbers.decimal(predicted, wholeWhenWhole: true)) (median); "
                + "\(other)'s median answer is \(Numbers.decimal(actual, wholeWhenWhole: true)) "
                + "(\(Self.verdict(difference, Numbers.decimal(abs(difference), wholeWhenWhole: true))))."
        }
        if let predicted = predictedMean, let actual = actualMean, let difference = gap {
            return "\(guesser) thinks \(other) answers \(Numbers.decimal(predicted)) on average; "
                + "\(other) really answers \(Numbers.decimal(actual)) (\(Self.verdict(difference, Numbers.decimal(abs(difference)))))."
        }
        return nil
    }

    /// The lines a report prints for one question's understanding gaps: each shown gap's
    /// sentence, then one line naming the question for the hidden ones (never one per group).
    public static func lines(_ gaps: [UnderstandingGap], prompt: String) -> [String] {
        var lines = gaps.compactMap(\.sentence)
        let hidden = gaps.filter { $0.sentence == nil }.map(\.predictingPartner)
        guard !hidden.isEmpty else { return lines }
        let who = hidden.count == gaps.count ? "The guesses" : hidden.map { "\($0)'s guesses" }.joined(separator: " and ")
        lines.append("\(who) on “\(prompt)” are hidden (a group they need is hidden).")
        return lines
    }

    /// `70 %` of a share 0–1.
    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded())) %" }

    /// `underestimates by 1.1`, `overestimates by 1.1`, `right on average`.
    static func verdict(_ difference: Double, _ size: String) -> String {
        Double(size) == 0 ? "right on average" : (difference < 0 ? "underestimates by \(size)" : "overestimates by \(size)")
    }
}
