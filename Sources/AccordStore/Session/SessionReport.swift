import AccordCore

/// The session façade's reports: a round's `GapReport`, made from the store's counts (one
/// streaming pass on every core, flat memory), with the trend since an earlier round and the
/// agreed actions. The one path behind `accord report`, `accord demo`, the facilitator's
/// console (`StoreFacilitationSession`) and the server's report page.
public enum SessionReport {
    /// The report of `round`, optionally compared with an earlier closed round; without actions.
    /// Without `keepingComments` the report has no comments (for a format that prints none), and
    /// the count keeps no texts: memory then holds counts only.
    /// The workshop's texts are in `language` where the workshop translates them (`nil`: its
    /// own language).
    /// Throws `ReportError.noSuchRound` or `.cannotCompare` naming the session and round.
    public static func build(
        _ store: any ReportSource, _ session: StoredSession, round: Int, comparingTo baseRound: Int? = nil,
        keepingComments: Bool = true, language: String? = nil
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
            // The trend reads the earlier round's alignment and gaps only: no comment texts.
            earlier = try build(store, session, round: baseRound, keepingComments: false, language: language)
        }
        let aggregate = try store.aggregate(session: session.id, round: round, keepingTexts: keepingComments)
        return GapReportBuilder(
            workshop: session.workshop, workshopSHA256: session.workshopSHA256,
            session: AccordCore.SessionSummary(id: session.id, partners: session.partners), round: round,
            isPreview: state.isOpen, textLanguage: language
        ).build(aggregate, comparingTo: earlier)
    }
}
