import AccordCore
import AccordStore

/// What the console and the presenter view both read: the live state, the counts as they may
/// be shown, and a closed round's findings.
extension WorkshopServer {
    /// The agenda of the served workshop.
    func agenda(_ session: StoredSession) -> Agenda { Agenda(workshop: session.workshop) }

    /// The countdown of `state`'s phase, as the console and the presenter view show it:
    /// `12:30 left of 15:00` (`Countdown.text`), how long an untimed phase has run, or
    /// nothing before the first phase.
    static func countdownText(agenda: Agenda, state: FacilitationState, elapsedSeconds: Int) -> String {
        guard let index = state.phaseIndex, agenda.phases.indices.contains(index) else { return "" }
        if let countdown = state.countdown(in: agenda, elapsedSeconds: elapsedSeconds) { return countdown.text }
        return "\(Countdown.clock(elapsedSeconds)) since \(agenda.phases[index].title) started"
    }

    /// The current round of `session`, and whether it is open.
    func roundStatus(_ session: StoredSession) -> (number: Int, isOpen: Bool, lastClosed: Int?) {
        guard let last = session.rounds.last else { return (1, false, nil) }
        let closed = last.isOpen ? last.number - 1 : last.number
        return (last.number, last.isOpen, closed >= 1 ? closed : nil)
    }

    /// Submissions per group of `round` as the facilitator may see them (`SubmissionProgress`:
    /// the one disclosure rule of the terminal console, the report and these pages).
    func progress(_ session: StoredSession, round: Int, isOpen: Bool) throws -> SubmissionProgress {
        SubmissionProgress(
            round: round, isOpen: isOpen, thresholds: session.workshop.anonymity, partners: session.partners,
            cellCounts: try counts(round: round))
    }

    /// A closed round's report as the console discusses it: compared with the round before,
    /// with the actions agreed up to it beside their gaps' movement.
    func discussionReport(_ session: StoredSession, round: Int) throws -> GapReport {
        func build(_ round: Int, comparingTo earlier: GapReport? = nil) throws -> GapReport {
            GapReportBuilder(
                workshop: session.workshop, workshopSHA256: session.workshopSHA256,
                session: AccordCore.SessionSummary(id: session.id, partners: session.partners), round: round
            ).build(try store.aggregate(session: session.id, round: round), comparingTo: earlier)
        }
        var report = try build(round, comparingTo: round > 1 ? try build(round - 1) : nil)
        let actions = try store.actions(session: session.id)
        var earlier: [Int: GapReport] = [:]
        for agreed in Set(actions.map(\.agreedInRound)) where agreed < round { earlier[agreed] = try build(agreed) }
        report.actions = ActionReview.reviews(of: actions, in: report, agreedRoundReports: earlier)
        return report
    }

    /// The section revealed last in `state`, when it belongs to the last closed round and no
    /// round is open: its report, its findings, and those shown so far (`more` included).
    func revealed(_ session: StoredSession, _ state: FacilitationState) throws -> RevealedSection? {
        let status = roundStatus(session)
        guard !status.isOpen, let round = status.lastClosed, state.revealedRound == round,
            let index = state.revealedIndex, session.workshop.sections.indices.contains(index)
        else { return nil }
        let report = try discussionReport(session, round: round)
        let found = FindingRanker(workshop: session.workshop).findings(
            in: report, section: session.workshop.sections[index])
        return RevealedSection(
            round: round, index: index, report: report, found: found,
            shown: FacilitationState.shown(found, moreDepth: state.moreDepth))
    }
}

/// A revealed section of a closed round, as the console and the presenter view show it.
struct RevealedSection {
    /// The closed round.
    var round: Int
    /// The section, by index into the workshop's sections.
    var index: Int
    /// The round's report (with comparison and actions).
    var report: GapReport
    /// The section's findings.
    var found: SectionFindings
    /// The findings shown so far, numbered from 1 in this order.
    var shown: [DiscussionFinding]

    /// How many smaller findings `more` has yet to show.
    var pending: Int { found.findings.count + found.more.count - shown.count }
}
