/// Where a live workshop is, as the facilitator drives it and the presenter view follows it:
/// the phase being run, and which section of which closed round is revealed, how far
/// (`more`). It says nothing about any participant, and holds no time: when a phase started
/// is kept by whoever runs the countdown (the database keeps no time, `anonymity.md` rule 1).
public struct FacilitationState: Sendable, Hashable {
    /// The phase being run, by index into the agenda; `nil` before the first.
    public var phaseIndex: Int?
    /// Whether the phase is the discussion of its section's revealed results.
    public var discussingResults: Bool
    /// The closed round whose results are being revealed.
    public var revealedRound: Int?
    /// The section revealed last, by index into the workshop's sections.
    public var revealedIndex: Int?
    /// How many times `more` was asked for that section (each shows the next few smaller findings).
    public var moreDepth: Int

    /// Creates a state; the default is a workshop not started.
    public init(
        phaseIndex: Int? = nil, discussingResults: Bool = false,
        revealedRound: Int? = nil, revealedIndex: Int? = nil, moreDepth: Int = 0
    ) {
        self.phaseIndex = phaseIndex
        self.discussingResults = discussingResults
        self.revealedRound = revealedRound
        self.revealedIndex = revealedIndex
        self.moreDepth = moreDepth
    }

    /// How many smaller findings one `more` adds, on every channel.
    public static let moreBatch = 3

    /// The state after starting phase `index`.
    public func starting(phase index: Int) -> FacilitationState {
        var state = self
        state.phaseIndex = index
        state.discussingResults = false
        return state
    }

    /// The state after revealing section `index` of closed round `round`: the section's phase
    /// is discussed (its timebox runs again), and `more` starts over.
    public func revealing(section index: Int, round: Int) -> FacilitationState {
        FacilitationState(
            phaseIndex: index, discussingResults: true, revealedRound: round,
            revealedIndex: index, moreDepth: 0)
    }

    /// The state after a round was opened or closed: nothing of an earlier round stays revealed.
    public func roundChanged() -> FacilitationState {
        var state = self
        state.revealedRound = nil
        state.revealedIndex = nil
        state.moreDepth = 0
        state.discussingResults = false
        return state
    }

    /// The countdown of the current phase `elapsedSeconds` after it started, when the phase
    /// has a timebox in `agenda`.
    public func countdown(in agenda: Agenda, elapsedSeconds: Int) -> Countdown? {
        guard let phaseIndex, agenda.phases.indices.contains(phaseIndex),
            let minutes = agenda.phases[phaseIndex].timeboxMinutes
        else { return nil }
        return Countdown(timeboxMinutes: minutes, elapsedSeconds: elapsedSeconds)
    }

    /// The findings of the revealed section shown so far: the main ones, then `moreDepth`
    /// batches of the smaller ones.
    public static func shown(_ found: SectionFindings, moreDepth: Int) -> [DiscussionFinding] {
        found.findings + found.more.prefix(moreDepth * moreBatch)
    }
}
