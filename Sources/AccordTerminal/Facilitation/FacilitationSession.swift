import AccordCore

/// What the facilitator's console needs from a stored session: its workshop and partners,
/// its rounds, counts of submissions, closed rounds' reports and agreed actions.
///
/// The `accord facilitate` command implements it over the SQLite store; the console itself
/// knows nothing of storage.
public protocol FacilitationSession: AnyObject {
    /// The session id, as participants' commands name it.
    var id: String { get }
    /// The session's snapshot of its workshop.
    var workshop: Workshop { get }
    /// The two partners, A then B.
    var partners: [String] { get }
    /// The current round and whether it is open.
    func currentRound() throws -> RoundStatus
    /// Submissions per partner × level cell in `round` (cells only; the console applies the
    /// thresholds before showing anything).
    func cellCounts(round: Int) throws -> [GroupKey: Int]
    /// Opens the next round; returns its number.
    func openRound() throws -> Int
    /// Closes the open round; returns its number.
    func closeRound() throws -> Int
    /// The report of a closed round, compared with the round before it when there is one,
    /// with the actions agreed up to that round (`GapReport.actions`).
    func report(round: Int) throws -> GapReport
    /// The actions agreed so far, in the order agreed.
    func actions() throws -> [AgreedAction]
    /// Stores a new action, numbering it; returns it as stored.
    func addAction(_ action: AgreedAction) throws -> AgreedAction
}

/// A session's current round.
public struct RoundStatus: Sendable, Hashable {
    /// The round's number, from 1.
    public var number: Int
    /// Whether it takes submissions.
    public var isOpen: Bool

    /// Creates a round state.
    public init(number: Int, isOpen: Bool) {
        self.number = number
        self.isOpen = isOpen
    }

    /// The most recent closed round, if any.
    public var lastClosed: Int? {
        let round = isOpen ? number - 1 : number
        return round >= 1 ? round : nil
    }
}
