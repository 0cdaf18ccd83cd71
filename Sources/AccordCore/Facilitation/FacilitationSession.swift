/// What the facilitator's console needs from a stored session: its workshop and partners,
/// its rounds, counts of submissions, closed rounds' reports and agreed actions.
///
/// `StoreFacilitationSession` (AccordStore) implements it over the SQLite store, and
/// `DemoFacilitationSession` over the store with made-up participants; the terminal console
/// (AccordTerminal) and the server (AccordServer) drive it and know nothing of storage.
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
    /// with the actions agreed up to that round (`GapReport.actions`); the workshop's texts
    /// (the prompts a finding quotes) in `language` where the workshop offers it (`nil`: its own).
    func report(round: Int, language: String?) throws -> GapReport
    /// The actions agreed so far, in the order agreed.
    func actions() throws -> [AgreedAction]
    /// Stores a new action, numbering it; returns it as stored.
    func addAction(_ action: AgreedAction) throws -> AgreedAction
}
