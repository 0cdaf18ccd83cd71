import AccordCore
import Synchronization

/// When the current phase started, for its countdown: kept in memory only, because the
/// database keeps no time (`anonymity.md` rule 1). A restarted server, or a phase it did not
/// see start, counts from the first time it is asked.
final class PhaseClock: Sendable {
    /// The phase a start time belongs to: a section run, or its results discussed.
    private struct Phase: Hashable {
        var index: Int
        var discussingResults: Bool
    }

    private let started = Mutex<(phase: Phase, at: ContinuousClock.Instant)?>(nil)

    /// Starts the countdown of `state`'s phase now (a phase started again starts over).
    func start(_ state: FacilitationState) {
        guard let index = state.phaseIndex else { return }
        let phase = Phase(index: index, discussingResults: state.discussingResults)
        started.withLock { $0 = (phase, .now) }
    }

    /// Whole seconds since `state`'s phase started.
    func elapsedSeconds(_ state: FacilitationState) -> Int {
        guard let index = state.phaseIndex else { return 0 }
        let phase = Phase(index: index, discussingResults: state.discussingResults)
        return started.withLock { started in
            guard let started, started.phase == phase else {
                started = (phase, .now)
                return 0
            }
            return Int((ContinuousClock.now - started.at).components.seconds)
        }
    }
}
