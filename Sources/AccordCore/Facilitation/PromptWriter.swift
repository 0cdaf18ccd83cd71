import Foundation

/// Turns one question's gaps, groups and understanding gaps into findings with prompts, in
/// the workshop's own wording and the session's group names.
struct PromptWriter {
    let workshop: Workshop
    let report: GapReport
    let question: QuestionReport

    /// The question as quoted in a sentence.
    var quoted: String { QuotedPrompt.quote(question.prompt, names: report.session.partners) }

    /// A shown group's statistics on this question.
    func statistics(_ group: GroupKey) -> QuestionGroupStatistics? {
        question.groups.first { $0.group == group && !$0.suppressed }
    }

    /// The label of an answer category.
    func label(_ key: String) -> String {
        "“" + (question.categories.first { $0.key == key }?.label ?? key) + "”"
    }

    /// A partner or level gap as a finding; `nil` when suppressed or without an effect.
    func gapFinding(_ gap: Gap) -> DiscussionFinding? {
        guard !gap.suppressed else { return nil }
        guard let effect = gap.effect(on: question.type) else { return nil }
        guard let observation = observation(gap), let magnitude = gap.magnitude else { return nil }
        let earlier = report.comparison?.baseGaps[question.id]?.first {
            $0.kind == gap.kind && $0.partner == gap.partner && $0.from == gap.from && $0.to == gap.to
                && !$0.suppressed
        }
        var sentence = observation
        if gap.dispersed, let spread = [gap.from, gap.to].first(where: { (statistics($0)?.rwg ?? 1) < 0.5 }) {
            sentence +=
                " Answers within \(GroupPhrase.object(spread)) are spread widely, so this is not one clean"
                + " disagreement."
        }
        return DiscussionFinding(
            kind: gap.kind == .partners ? .partnerGap : .levelGap, sectionID: question.section, questionID: question.id,
            effect: effect, size: gap.normalizedGap, magnitude: magnitude, dispersed: gap.dispersed, gap: gap,
            earlierGap: earlier,
            prompt: DiscussionPrompt(observation: sentence, question: roomQuestion(gap)),
            detail: detail(gap, magnitude: magnitude, earlier: earlier))
    }

    /// The question put to the room about a gap (`ConsoleStrings.roomQuestion`, in English).
    func roomQuestion(_ gap: Gap) -> String {
        ConsoleStrings.english.roomQuestion(.gap(question.type, partners: gap.kind == .partners, dispersed: gap.dispersed))
    }

    /// What the answers show about a gap, by question type.
    func observation(_ gap: Gap) -> String? {
        guard let from = statistics(gap.from), let to = statistics(gap.to) else { return nil }
        let (subject, plural) = GroupPhrase.subject(gap.to)
        let (fromSubject, fromPlural) = GroupPhrase.subject(gap.from)
        let (toObject, fromObject) = (GroupPhrase.object(gap.to), GroupPhrase.object(gap.from))
        switch question.type {
        case .scale:
            guard let difference = gap.meanDifference, let fromMean = from.mean, let toMean = to.mean else {
                return nil
            }
            var range = ""
            if case .scale(let scale)? = workshop.question(question.id)?.kind {
                range = " on the \(scale.min)–\(scale.max) scale"
            }
            let means = "(\(Numbers.decimal(toMean)) against \(Numbers.decimal(fromMean))\(range))"
            // A statement is rated; a question (“How much does …?”) is answered.
            let rates = GroupPhrase.verb(question.prompt.contains("?") ? "answers" : "rates", plural: plural)
            let size = Numbers.decimal(abs(difference))
            if Double(size) == 0 {
                return "\(subject) \(rates) \(quoted) about as high as \(fromObject) on average, but the answers "
                    + "are spread differently \(means)."
            }
            let points = size == "1.0" ? "point" : "points"
            return "\(subject) \(rates) \(quoted) \(size) \(points) \(difference < 0 ? "lower" : "higher") than "
                + "\(fromObject) \(means)."
        case .number:
            guard let difference = gap.meanDifference, let fromMedian = from.median, let toMedian = to.median else {
                return nil
            }
            var unit = ""
            if case .number(let range)? = workshop.question(question.id)?.kind, let name = range.unit?.text {
                unit = " " + name
            }
            let answers = GroupPhrase.verb("answers", plural: plural)
            return "\(subject) \(answers) \(quoted) \(Numbers.decimal(abs(difference), wholeWhenWhole: true))\(unit) "
                + "\(difference < 0 ? "lower" : "higher") on average than \(fromObject) (medians "
                + "\(Numbers.decimal(toMedian, wholeWhenWhole: true)) and "
                + "\(Numbers.decimal(fromMedian, wholeWhenWhole: true))\(unit))."
        case .choice:
            guard let fromCounts = from.counts, let toCounts = to.counts else { return nil }
            let (fromModes, toModes) = (modes(fromCounts), modes(toCounts))
            guard !fromModes.isEmpty, !toModes.isEmpty else { return nil }
            let picks = GroupPhrase.verb("picks", plural: fromPlural)
            if fromModes != toModes {
                return "On \(quoted), \(fromSubject) most often \(picks) \(labels(fromModes)), \(toObject) "
                    + "\(labels(toModes))."
            }
            let share = { (counts: [String: Int]) in
                Numbers.percent(counts[fromModes[0]] ?? 0, of: counts.values.reduce(0, +))
            }
            return "On \(quoted), \(fromSubject) and \(toObject) both most often pick \(labels(fromModes)), but in "
                + "different proportions (\(share(fromCounts)) against \(share(toCounts)))."
        case .yesno:
            guard let fromCounts = from.counts, let toCounts = to.counts else { return nil }
            let yes = { (counts: [String: Int]) in
                Numbers.percent(counts["yes"] ?? 0, of: (counts["yes"] ?? 0) + (counts["no"] ?? 0))
            }
            return "On \(quoted), \(yes(fromCounts)) of \(fromObject) \(fromPlural ? "say" : "says") yes, against "
                + "\(yes(toCounts)) of \(toObject)."
        case .multi:
            guard let differences = gap.rateDifferences, let fromRates = from.selectionRates,
                let toRates = to.selectionRates
            else { return nil }
            let order = question.categories.map(\.key)
            guard let option = order.max(by: { abs(differences[$0] ?? 0) < abs(differences[$1] ?? 0) }),
                let difference = differences[option]
            else { return nil }
            let picks = GroupPhrase.verb("picks", plural: plural)
            return "On \(quoted), \(subject) \(picks) \(label(option)) \(difference < 0 ? "less" : "more") often "
                + "than \(fromObject) (\(Numbers.percent(toRates[option] ?? 0)) against "
                + "\(Numbers.percent(fromRates[option] ?? 0)))."
        case .rank:
            guard let fromTop = top(from.meanRanks), let toTop = top(to.meanRanks) else { return nil }
            let puts = GroupPhrase.verb("puts", plural: fromPlural)
            if fromTop != toTop {
                return "On \(quoted), \(fromSubject) \(puts) \(label(fromTop)) first, \(toObject) \(label(toTop))."
            }
            return "On \(quoted), \(fromSubject) and \(toObject) both put \(label(fromTop)) first, but order the "
                + "rest differently."
        case .text:
            return nil
        }
    }

    /// The categories with the most answers (several when tied), in display order.
    func modes(_ counts: [String: Int]) -> [String] {
        let most = counts.values.max() ?? 0
        guard most > 0 else { return [] }
        return question.categories.map(\.key).filter { counts[$0] == most }
    }

    /// `“A”`, `“A” or “B”`, `“A”, “B” or “C”`.
    func labels(_ keys: [String]) -> String {
        let quoted = keys.map(label)
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
    }

    /// The option with the lowest mean rank (the first in display order when tied).
    func top(_ meanRanks: [String: Double]?) -> String? {
        guard let meanRanks else { return nil }
        return question.categories.map(\.key).filter { meanRanks[$0] != nil }
            .min { meanRanks[$0]! < meanRanks[$1]! }
    }
}
