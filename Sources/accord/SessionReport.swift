import AccordCore
import AccordReport
import AccordStore

/// Makes a round's `GapReport`: streams the round's submissions from the store into the
/// Aggregator (one pass, flat memory) and builds the report. Shared by `report` and `demo`.
enum SessionReport {
    /// The report of `round`, optionally compared with an earlier closed round.
    static func build(
        _ store: AnswerStore, _ session: StoredSession, round: Int, comparingTo baseRound: Int? = nil
    ) throws -> GapReport {
        guard let state = session.rounds.first(where: { $0.number == round }) else {
            throw ReportError.noSuchRound(session: session.id, round: round, last: session.currentRound)
        }
        var earlier: GapReport?
        if let baseRound {
            guard baseRound < round else {
                throw ReportError.cannotCompare(session: session.id, round: baseRound, reason: "pick a round before round \(round)")
            }
            guard let base = session.rounds.first(where: { $0.number == baseRound }) else {
                throw ReportError.noSuchRound(session: session.id, round: baseRound, last: session.currentRound)
            }
            guard !base.isOpen else {
                throw ReportError.cannotCompare(session: session.id, round: baseRound, reason: "it is still open")
            }
            earlier = try build(store, session, round: baseRound)
        }
        var aggregator = Aggregator(workshop: session.workshop, partners: session.partners)
        try store.forEachSubmission(session: session.id, round: round) { try aggregator.add($0) }
        return GapReportBuilder(
            workshop: session.workshop, workshopSHA256: session.workshopSHA256,
            session: AccordCore.SessionSummary(id: session.id, partners: session.partners), round: round,
            isPreview: state.isOpen
        ).build(aggregator.finish(), comparingTo: earlier)
    }
}
