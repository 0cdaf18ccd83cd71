import Foundation
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
        let words = ReportWords.current
        let to = ReportVocabulary.subject(gap.to)
        let from = ReportVocabulary.object(gap.from)
        let prompt = words.quote(question.prompt)
        var body: String
        var statistics: [String] = [words.magnitude(band)]
        switch question.type {
        case .scale, .number:
            let difference = gap.meanDifference ?? 0
            let size = NumberText.fixed(abs(difference), 1)
            if String(format: "%.1f", abs(difference)) == "0.0" {
                body = words.findingSameAverage(to, prompt, from)
            } else {
                body = words.findingDifference(to, prompt, size, question.type == .scale, difference < 0, from)
            }
            if let delta = gap.cliffsDelta { statistics.append("\(words.cliffsDelta) \(NumberText.fixed(delta, 2))") }
        case .multi:
            body = words.findingMulti(to, from, prompt)
            statistics.append("\(words.meanRateDifference) \(NumberText.fixed(gap.tvd, 2))")
        case .rank:
            body = words.findingRank(to, from, prompt)
            statistics.append("\(words.kendallTau) \(NumberText.fixed(gap.kendallTau, 2))")
        default:
            body = words.findingChoice(to, from, prompt)
            statistics.append("\(words.tvd) \(NumberText.fixed(gap.tvd, 2))")
        }
        var parts = statistics.joined(separator: ", ")
        if let note = pNote { parts += words.semicolon + note }
        return "\(body) (\(parts))" + (gap.dispersed ? words.semicolon + words.dispersed + "." : ".")
    }

    /// What to say about p: its value, or that these group sizes cannot reach p < .05.
    var pNote: String? {
        let words = ReportWords.current
        if let minimum = gap.minimumPValue, minimum >= 0.05 { return words.pUnreachable }
        guard let p = gap.pValue else { return nil }
        let note = words.p(p < 0.001 ? NumberText.pValue(p) : "= \(NumberText.pValue(p))")
        return ReportVocabulary.fdrNote(gap).map { note + ", " + $0 } ?? note
    }
}
