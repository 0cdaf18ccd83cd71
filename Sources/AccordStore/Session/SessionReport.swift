import AccordCore

/// The session façade's reports: a round's `GapReport`, made from the store's counts (one
/// streaming pass on every core, flat memory), with the trend since an earlier round and the
/// agreed actions. The one path behind `accord report`, `accord demo`, the facilitator's
/// console (`StoreFacilitationSession`) and the server's report page.
public enum SessionReport {
    /// The report of `round`, optionally compared with an earlier closed round; without actions.
    /// Throws `ReportError.noSuchRound` or `.cannotCompare` naming the session and round.
    public static func build(
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
        let aggregate = try store.aggregate(session: session.id, round: round)
        return GapReportBuilder(
            workshop: session.workshop, workshopSHA256: session.workshopSHA256,
            session: AccordCore.SessionSummary(id: session.id, partners: session.partners), round: round,
            isPreview: state.isOpen
        ).build(aggregate, comparingTo: earlier)
    }
}
