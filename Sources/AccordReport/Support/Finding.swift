import AccordCore

/// One of the largest gaps, as a plain sentence: what the headline of every format lists.
struct Finding: Sendable, Hashable {
    /// The question the gap is on.
    var question: QuestionReport
    /// The gap.
    var gap: Gap

    /// The model's band (`Gap.magnitude`); a gap without one is negligible.
    var band: EffectMagnitude { gap.magnitude ?? .negligible }

    /// Where the finding ranks, by the rule the facilitator's reveal uses too (`FindingRank`).
    var rank: FindingRank? { FindingRank(gap, on: question.type) }

    /// The five largest gaps of `kind`, at most one per question, ranked by `FindingRank`:
    /// band, then clean gaps before dispersed ones, then effect size, then the gap's size.
    /// Never by p. Negligible gaps are left out.
    static func largest(_ kind: Gap.Kind, in report: GapReport, limit: Int = 5) -> [Finding] {
        let ranked = report.questions.compactMap { question -> (finding: Finding, rank: FindingRank)? in
            let candidates = question.gaps.filter { $0.kind == kind }.compactMap {
                gap -> (finding: Finding, rank: FindingRank)? in
                let finding = Finding(question: question, gap: gap)
                guard let rank = finding.rank, rank.magnitude != .negligible else { return nil }
                return (finding, rank)
            }
            return FindingRank.best(candidates, by: \.rank)
        }
        return FindingRank.sorted(ranked, by: \.rank).prefix(limit).map(\.finding)
    }

    /// The finding as one sentence, such as *Globex rates 'We share one vision' 1.4 points
    /// lower than Acme (large, Cliff's δ −0.62; p = 0.004); dispersed.*
    var sentence: String {
        let to = ReportVocabulary.subject(gap.to)
        let from = ReportVocabulary.object(gap.from)
        let prompt = "'\(question.prompt)'"
        var body: String
        var statistics: [String] = [band.rawValue]
        switch question.type {
        case .scale, .number:
            let difference = gap.meanDifference ?? 0
            let size = NumberText.fixed(abs(difference), 1)
            let unit = question.type == .scale ? (size == "1.0" ? " point" : " points") : ""
            if Double(size) == 0 {
                body = "\(to) rates \(prompt) about as high as \(from) on average, but answers differently"
            } else {
                let verb = question.type == .scale ? "rates" : "answers"
                body = "\(to) \(verb) \(prompt) \(size)\(unit) \(difference < 0 ? "lower" : "higher") than \(from)"
            }
            if let delta = gap.cliffsDelta { statistics.append("Cliff's δ \(NumberText.fixed(delta, 2))") }
        case .multi:
            body = "\(to) and \(from) pick different answers to \(prompt)"
            statistics.append("mean rate difference \(NumberText.fixed(gap.tvd, 2))")
        case .rank:
            body = "\(to) and \(from) put \(prompt) in a different order"
            statistics.append("Kendall τ \(NumberText.fixed(gap.kendallTau, 2))")
        default:
            body = "\(to) and \(from) answer \(prompt) differently"
            statistics.append("TVD \(NumberText.fixed(gap.tvd, 2))")
        }
        var parts = statistics.joined(separator: ", ")
        if let note = pNote { parts += "; " + note }
        return "\(body) (\(parts))" + (gap.dispersed ? "; dispersed." : ".")
    }

    /// What to say about p: its value, or that these group sizes cannot reach p < .05.
    var pNote: String? {
        if let minimum = gap.minimumPValue, minimum >= 0.05 {
            return "p < .05 cannot be reached with these group sizes"
        }
        guard let p = gap.pValue else { return nil }
        let note = p < 0.001 ? "p < 0.001" : "p = \(NumberText.pValue(p))"
        return ReportVocabulary.fdrNote(gap).map { note + ", " + $0 } ?? note
    }
}
