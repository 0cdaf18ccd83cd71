import AccordCore
import AccordStore

/// What the console and the presenter view both read: the live state, the counts as they may
/// be shown, and a closed round's findings.
extension WorkshopServer {
    /// The agenda of the served workshop, its texts in `language` where the workshop translates them.
    func agenda(_ session: StoredSession, _ language: FacilitatorLanguage) -> Agenda {
        Agenda(workshop: session.workshop, language: language.workshopCode)
    }

    /// The current round of `session` and whether it is open (AccordCore's `RoundStatus`, as
    /// the terminal console sees it).
    func roundStatus(_ session: StoredSession) -> RoundStatus {
        guard let last = session.rounds.last else { return RoundStatus(number: 1, isOpen: false) }
        return RoundStatus(number: last.number, isOpen: last.isOpen)
    }

    /// Submissions per group of the current round as the facilitator may see them
    /// (`progress(of:in:)`: the store's `GROUP BY`, `SubmissionProgress`'s disclosure rule).
    func currentProgress(_ session: StoredSession) async throws -> SubmissionProgress {
        guard let round = session.rounds.last else {
            return SubmissionProgress(
                round: 1, isOpen: false, thresholds: session.workshop.anonymity, partners: session.partners,
                cellCounts: [:])
        }
        return try await progress(of: round, in: session)
    }

    /// The section revealed last in `state`, when it belongs to the last closed round and no
    /// round is open: its report as the console discusses it (the session façade's
    /// `SessionReport.forDiscussion`, as `accord facilitate` and the report page), its findings
    /// (`FindingRanker`), and those shown so far (`more` included); the findings quote the
    /// workshop in `language` (`FacilitatorLanguage.workshopCode`; `nil`: its own).
    func revealed(
        _ session: StoredSession, _ state: FacilitationState, language: String? = nil
    ) async throws -> RevealedSection? {
        let status = roundStatus(session)
        guard !status.isOpen, let round = status.lastClosed, state.revealedRound == round,
            let index = state.revealedIndex, session.workshop.sections.indices.contains(index)
        else { return nil }
        let report = try await SessionReport.forDiscussion(store, session, round: round, language: language)
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
