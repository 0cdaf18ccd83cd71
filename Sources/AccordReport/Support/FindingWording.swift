import AccordCore

/// A facilitator's finding in the report's words: the sentence the report writes for the
/// same gap (`Finding.sentence`, with its statistics) or understanding gap, in `language`.
/// The terminal console reads findings out through here when it speaks German or French, so
/// a finding is worded once per language, in the report's vocabulary.
public enum FindingWording {
    /// The finding as the report words it in `language`, or `nil` for a finding the report
    /// has no sentence for (a group's spread) or a gap `report` does not hold.
    public static func sentence(for finding: DiscussionFinding, in report: GapReport, language: Language) -> String? {
        guard let question = report.questions.first(where: { $0.id == finding.questionID }) else { return nil }
        return ReportWords.rendering(in: language) {
            switch finding.kind {
            case .partnerGap, .levelGap:
                return finding.gap.map { Finding(question: question, gap: $0).sentence }
            case .understandingGap:
                guard let gap = finding.understanding else { return nil }
                return UnderstandingGap.lines(
                    [gap], prompt: question.prompt, wording: ReportWords.current.understanding
                ).first
            case .dispersedGroup:
                return nil
            }
        }
    }
}
