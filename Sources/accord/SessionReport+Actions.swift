import AccordCore
import AccordStore

extension SessionReport {
    /// `report` with the actions agreed up to its round (`GapReport.actions`), each beside
    /// the gaps it was meant to close, measured against the report of the round it was
    /// agreed in.
    static func withActions(_ report: GapReport, _ store: any ReportSource, _ session: StoredSession) throws -> GapReport {
        let actions = try store.actions(session: session.id)
        var earlier: [Int: GapReport] = [:]
        for round in Set(actions.map(\.agreedInRound)) where round < report.round {
            earlier[round] = try build(store, session, round: round)
        }
        var report = report
        report.actions = ActionReview.reviews(of: actions, in: report, agreedRoundReports: earlier)
        return report
    }

    /// A closed round's report as the facilitator's console shows it: compared with the
    /// round before, with the actions.
    static func forDiscussion(_ store: AnswerStore, _ session: StoredSession, round: Int) throws -> GapReport {
        let report = try build(store, session, round: round, comparingTo: round > 1 ? round - 1 : nil)
        return try withActions(report, store, session)
    }
}
