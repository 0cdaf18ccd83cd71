import Foundation

extension PromptWriter {
    /// The least agreeing shown group (partner, level or cell) on a scale question, when its
    /// rwg is below .50 and it is not already part of a dispersed gap finding.
    func dispersedGroupFinding(excluding covered: Set<GroupKey>) -> DiscussionFinding? {
        guard question.type == .scale else { return nil }
        let candidates = question.groups.filter { group in
            !group.suppressed && group.group != .everyone && !covered.contains(group.group)
                && (group.rwg ?? 1) < 0.5 && !isSplitIntoAgreeingHalves(group.group)
        }
        guard let group = candidates.min(by: { $0.rwg! < $1.rwg! }), let rwg = group.rwg else { return nil }
        guard let (observation, detail) = DiscussionFinding.spread(
            of: group.group, in: question, partners: report.session.partners, .english)
        else { return nil }
        return DiscussionFinding(
            kind: .dispersedGroup, sectionID: question.section, questionID: question.id, effect: 1 - rwg,
            magnitude: rwg < 0.3 ? .large : .medium, dispersed: true, group: group.group,
            prompt: DiscussionPrompt(
                observation: observation, question: ConsoleStrings.english.roomQuestion(.spread)),
            detail: detail)
    }

    /// Whether a partner or a level is spread only because its two cells are shown and each
    /// agrees with itself: the spread is then the gap between them, already a finding.
    func isSplitIntoAgreeingHalves(_ group: GroupKey) -> Bool {
        guard !group.isCell, group != .everyone else { return false }
        let cells = question.groups.filter { cell in
            cell.group.isCell && (group.partner == nil || cell.group.partner == group.partner)
                && (group.level == nil || cell.group.level == group.level)
        }
        return cells.count == 2 && cells.allSatisfy { !$0.suppressed && ($0.rwg ?? 0) >= 0.5 }
    }

    /// A partner's guess of the other beside the truth, as a finding; `nil` when suppressed,
    /// not computable, or on a number question without bounds (no range to size it by).
    func understandingFinding(_ gap: UnderstandingGap) -> DiscussionFinding? {
        guard !gap.suppressed, let difference = gap.gap, gap.tvd == nil,
            let predicted = gap.predictedMedian ?? gap.predictedMean, let actual = gap.actualMedian ?? gap.actualMean
        else { return nil }
        let definition = workshop.question(question.id)
        let range: Double
        var unit = ""
        switch definition?.kind {
        case .scale(let scale)? where scale.max > scale.min: range = Double(scale.max - scale.min)
        case .number(let bounds)?:
            guard let low = bounds.min, let high = bounds.max, high > low else { return nil }
            range = high - low
            unit = bounds.unit.map { " " + $0.text } ?? ""
        default: return nil
        }
        let effect = abs(difference) / range
        let (guesser, other) = (gap.predictingPartner, gap.aboutPartner)
        let observation: String
        if question.type == .scale {
            observation =
                "\(guesser) thinks \(other) would rate \(quoted) at \(Numbers.decimal(predicted)) on average;"
                + " \(other) actually rates it \(Numbers.decimal(actual))."
        } else {
            observation =
                "\(guesser) thinks \(other) would answer \(quoted) with "
                + "\(Numbers.decimal(predicted, wholeWhenWhole: true))\(unit) (median); \(other)'s own answers "
                + "have a median of \(Numbers.decimal(actual, wholeWhenWhole: true))\(unit)."
        }
        let magnitude = EffectMagnitude(cliffsDelta: effect)
        return DiscussionFinding(
            kind: .understandingGap, sectionID: question.section, questionID: question.id, effect: effect,
            magnitude: magnitude, dispersed: false, understanding: gap,
            prompt: DiscussionPrompt(
                observation: observation,
                question: ConsoleStrings.english.roomQuestion(.understanding(guesser: guesser, other: other))),
            detail: "\(magnitude.rawValue) · \(difference < 0 ? "under" : "over")estimates by "
                + "\(Numbers.decimal(abs(difference)))\(unit), \(Numbers.percent(effect)) of the range")
    }

    /// The statistics behind a gap finding, for the facilitator.
    func detail(_ gap: Gap, magnitude: EffectMagnitude, earlier: Gap?) -> String {
        var parts = [magnitude.rawValue]
        switch question.type {
        case .scale, .number:
            if let delta = gap.cliffsDelta { parts.append("Cliff's δ \(Numbers.signed(delta, digits: 2))") }
        case .multi: if let tvd = gap.tvd { parts.append("mean rate difference \(Numbers.decimal(tvd, digits: 2))") }
        case .rank: if let tau = gap.kendallTau { parts.append("Kendall τ \(Numbers.signed(tau, digits: 2))") }
        default: if let tvd = gap.tvd { parts.append("TVD \(Numbers.decimal(tvd, digits: 2))") }
        }
        let agreement = [gap.from, gap.to].compactMap { statistics($0)?.rwg }
        if agreement.count == 2 {
            parts.append("agreement rwg \(agreement.map(Numbers.unit).joined(separator: " / "))")
        }
        if gap.dispersed { parts.append("dispersed") }
        if let minimum = gap.minimumPValue, minimum >= 0.05 {
            parts.append("p < .05 cannot be reached with these group sizes")
        } else if let p = gap.pValue {
            parts.append(p < 0.001 ? "p < 0.001" : "p = \(Numbers.decimal(p, digits: 3))")
        }
        if let earlier, let round = report.comparison?.baseRound {
            if let was = earlier.meanDifference, let now = gap.meanDifference {
                parts.append("round \(round): \(Numbers.signed(was, digits: 1)), now \(Numbers.signed(now, digits: 1))")
            } else if let was = earlier.normalizedGap, let now = gap.normalizedGap {
                parts.append(
                    "round \(round): gap \(Numbers.decimal(was, digits: 2)), now \(Numbers.decimal(now, digits: 2))")
            }
        }
        return parts.joined(separator: " · ")
    }
}

/// Locale-independent numbers for prompts, with a true minus sign.
enum Numbers {
    /// `1.8`; with `wholeWhenWhole`, `12` rather than `12.0`.
    static func decimal(_ value: Double, digits: Int = 1, wholeWhenWhole: Bool = false) -> String {
        if wholeWhenWhole, value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
        let text = String(format: "%.\(digits)f", abs(value))
        return (value < 0 && Double(text) != 0 ? "\u{2212}" : "") + text
    }

    /// `+1.8`, `−0.62`, `0.0`.
    static func signed(_ value: Double, digits: Int) -> String {
        let text = decimal(value, digits: digits)
        return value > 0 && Double(String(format: "%.\(digits)f", value)) != 0 ? "+" + text : text
    }

    /// `83%` of a share 0–1.
    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// `83%` of `part` out of `whole` (`0%` when `whole` is 0).
    static func percent(_ part: Int, of whole: Int) -> String {
        whole == 0 ? "0%" : percent(Double(part) / Double(whole))
    }

    /// An rwg-like statistic without its leading zero: `.62`.
    static func unit(_ value: Double) -> String {
        let text = decimal(value, digits: 2)
        return text.hasPrefix("0.") ? String(text.dropFirst()) : text
    }

    /// The sentence with its first letter in upper case.
    static func capitalized(_ sentence: String) -> String {
        guard let first = sentence.first else { return sentence }
        return first.uppercased() + sentence.dropFirst()
    }
}
