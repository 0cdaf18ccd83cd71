import AccordCore

extension SessionReport {
    /// `report` with the actions agreed up to its round (`GapReport.actions`), each beside
    /// the gaps it was meant to close, measured against the report of the round it was
    /// agreed in.
    public static func withActions(_ report: GapReport, _ store: any ReportSource, _ session: StoredSession) throws -> GapReport {
        let actions = try store.actions(session: session.id)
        var earlier: [Int: GapReport] = [:]
        for round in Set(actions.map(\.agreedInRound)) where round < report.round {
            // An action's movement reads that round's gaps only: no comment texts.
            earlier[round] = try build(store, session, round: round, keepingComments: false)
        }
        var report = report
        report.actions = ActionReview.reviews(of: actions, in: report, agreedRoundReports: earlier)
        return report
    }

    /// The report of `round` (default: the current one) with the actions agreed up to it,
    /// optionally compared with an earlier closed round: what `accord report` prints. A round
    /// still open is reported only as a `preview` (else `ReportError.roundOpen`).
    public static func published(
        _ store: any ReportSource, _ session: StoredSession, round: Int? = nil, comparingTo baseRound: Int? = nil,
        preview: Bool = false, keepingComments: Bool = true, language: String? = nil
    ) throws -> GapReport {
        let number = round ?? session.currentRound
        if let state = session.rounds.first(where: { $0.number == number }), state.isOpen, !preview {
            throw ReportError.roundOpen(session: session.id, round: number)
        }
        return try withActions(
            build(
                store, session, round: number, comparingTo: baseRound, keepingComments: keepingComments,
                language: language),
            store, session)
    }

    /// A closed round's report as the facilitator's console and the server's report page show
    /// it: compared with the round before, with the actions (`accord report --round N
    /// --compare-round N-1`); the workshop's texts in `language` where it offers it (the
    /// console's, so that a finding quotes the prompt in the words it is read out in).
    public static func forDiscussion(
        _ store: any ReportSource, _ session: StoredSession, round: Int, language: String? = nil
    ) throws -> GapReport {
        try published(store, session, round: round, comparingTo: round > 1 ? round - 1 : nil, language: language)
    }
}
