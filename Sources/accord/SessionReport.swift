import AccordCore
import AccordReport
import AccordStore

/// Makes a round's `GapReport`: the store counts the round's submissions (one streaming pass
/// on every core, flat memory) and the report is built from the counts. Shared by `report` and `demo`.
enum SessionReport {
    /// The report of `round`, optionally compared with an earlier closed round, with the
    /// workshop's texts in `language` where it has translations.
    static func build(
        _ store: AnswerStore, _ session: StoredSession, round: Int, comparingTo baseRound: Int? = nil,
        language: String? = nil
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
            earlier = try build(store, session, round: baseRound, language: language)
        }
        let aggregate = try store.aggregate(session: session.id, round: round)
        return GapReportBuilder(
            workshop: session.workshop, workshopSHA256: session.workshopSHA256,
            session: AccordCore.SessionSummary(id: session.id, partners: session.partners), round: round,
            isPreview: state.isOpen, textLanguage: language
        ).build(aggregate, comparingTo: earlier)
    }
}
