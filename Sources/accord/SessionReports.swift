import AccordCore
import AccordStore

/// A closed round's gap report as every command shows it: built from one streaming pass over
/// the round's submissions, compared with the round before (when there is one), and with
/// the actions agreed up to the round beside the gaps they were meant to close.
struct SessionReports {
    let store: AnswerStore
    let session: StoredSession

    /// The report of `round`, with its comparison and actions.
    func report(round: Int, preview: Bool = false) throws -> GapReport {
        var report = try plainReport(round: round, preview: preview, compare: true)
        let actions = try store.actions(session: session.id)
        var earlier: [Int: GapReport] = [:]
        for agreed in Set(actions.map(\.agreedInRound)) where agreed < round {
            earlier[agreed] = try plainReport(round: agreed, preview: false, compare: false)
        }
        report.actions = ActionReview.reviews(of: actions, in: report, agreedRoundReports: earlier)
        return report
    }

    /// The report of `round` without actions; compared with the round before when asked.
    func plainReport(round: Int, preview: Bool, compare: Bool) throws -> GapReport {
        var aggregator = Aggregator(workshop: session.workshop, partners: session.partners)
        try store.forEachSubmission(session: session.id, round: round) { try aggregator.add($0) }
        let earlier = compare && round > 1 ? try plainReport(round: round - 1, preview: false, compare: false) : nil
        return GapReportBuilder(
            workshop: session.workshop, workshopSHA256: session.workshopSHA256,
            session: AccordCore.SessionSummary(id: session.id, partners: session.partners), round: round,
            isPreview: preview
        ).build(aggregator.finish(), comparingTo: earlier)
    }
}
