/// Picks, per section, the few results of a round that matter most for the conversation:
/// the largest partner gaps, the largest management-vs-execution gaps, groups that do not
/// agree with themselves, and partners misreading each other. Ranked by effect size and
/// agreement as `statistics.md` says, by the rule the report's headline uses too
/// (`FindingRank`), never by p.
///
/// Negligible effects are left out. Only shown groups are ever involved: the ranker reads a
/// `GapReport`, where hidden groups have no statistics and gaps that need them are suppressed.
public struct FindingRanker: Sendable {
    /// The session's snapshot of the workshop (for wording, units, sections).
    public var workshop: Workshop
    /// The most findings shown per section.
    public var limit: Int

    /// Creates a ranker showing at most `limit` findings per section.
    public init(workshop: Workshop, limit: Int = 3) {
        self.workshop = workshop
        self.limit = limit
    }

    /// The findings of every section, in agenda order (sections without findings included,
    /// with none).
    public func findings(in report: GapReport) -> [SectionFindings] {
        workshop.sections.map { findings(in: report, section: $0) }
    }

    /// The findings of one section, best first.
    public func findings(in report: GapReport, section: Section) -> SectionFindings {
        let ids = Set(section.questions.map(\.id))
        let all = report.questions.filter { ids.contains($0.id) }.flatMap { candidates($0, in: report) }
        let ranked = FindingRank.sorted(all, by: \.rank)
        return SectionFindings(
            sectionID: section.id, title: section.title.text, findings: Array(ranked.prefix(limit)),
            more: Array(ranked.dropFirst(limit)))
    }

    /// A question's candidate findings: its largest partner gap, its largest level gap, its
    /// least agreeing group (when not already part of one of those gaps), its largest
    /// understanding gap; each only when larger than negligible.
    func candidates(_ question: QuestionReport, in report: GapReport) -> [DiscussionFinding] {
        guard question.type != .text else { return [] }
        let writer = PromptWriter(workshop: workshop, report: report, question: question)
        var result: [DiscussionFinding] = []
        for kind in [Gap.Kind.partners, .levels] {
            let best = FindingRank.best(
                question.gaps
                    .filter { $0.kind == kind && !$0.suppressed }
                    .compactMap { writer.gapFinding($0) }
                    .filter { $0.magnitude != .negligible },
                by: \.rank)
            if let best { result.append(best) }
        }
        let covered = Set(result.filter(\.dispersed).flatMap { [$0.gap?.from, $0.gap?.to].compactMap { $0 } })
        if let dispersed = writer.dispersedGroupFinding(excluding: covered) { result.append(dispersed) }
        let understanding = question.understandingGaps
            .compactMap { writer.understandingFinding($0) }
            .filter { $0.magnitude != .negligible }
            .max { $0.effect < $1.effect }
        if let understanding { result.append(understanding) }
        return result
    }
}
