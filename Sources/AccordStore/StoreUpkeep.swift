import Foundation
import Synchronization

/// What the database file owes after writes that leave something behind, and when it is paid.
///
/// A submission leaves its row below the rows before it in its page (so the file is rebuilt);
/// a deleted draft leaves its old page images in the write-ahead log (so the log is
/// truncated). With `AnswerStore.Upkeep.immediate` both are paid before the write returns;
/// with `.coalesced` they are paid at once only while no other write waits and upkeep has
/// taken at most a quarter of the time since the last one, otherwise by a timer at most
/// `maxDelay` after the first write that owed them. See docs/storage.md, invariants 1 and 6.
final class StoreUpkeep: Sendable {
    /// What is owed, the cheaper debt first: a rebuild also truncates the log.
    enum Debt: Int, Comparable, Sendable {
        case none, checkpoint, rebuild
        static func < (lhs: Debt, rhs: Debt) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    private struct State {
        var debt = Debt.none
        var timerPending = false
        var lastEnd: ContinuousClock.Instant?
        var lastDuration = Duration.zero
    }

    /// When debts are paid.
    let policy: AnswerStore.Upkeep
    /// Writes started and not yet finished (waiting for the write lock, or holding it).
    private let writesInProgress = Atomic<Int>(0)
    private let state = Mutex(State())

    init(policy: AnswerStore.Upkeep) {
        self.policy = policy
    }

    /// Runs `body`, a write, counted among the writes in progress.
    func counting<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        writesInProgress.add(1, ordering: .relaxed)
        defer { writesInProgress.subtract(1, ordering: .relaxed) }
        return try body()
    }

    /// Async `counting`.
    func counting<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        writesInProgress.add(1, ordering: .relaxed)
        defer { writesInProgress.subtract(1, ordering: .relaxed) }
        return try await body()
    }

    /// What to do after a write that owes `debt`.
    enum Decision: Equatable {
        /// Pay everything owed now (`take()`).
        case payNow
        /// Leave it; a timer must run `take()` and pay after this delay.
        case schedule(Duration)
        /// Leave it; a timer already will.
        case wait
    }

    /// Records `debt` and decides when it is paid.
    func owe(_ debt: Debt) -> Decision {
        let now = ContinuousClock.now
        let idle = writesInProgress.load(ordering: .relaxed) == 0
        return state.withLock { state in
            state.debt = max(state.debt, debt)
            guard case .coalesced(let maxDelay) = policy else { return .payNow }
            let rested = state.lastEnd.map { now - $0 >= state.lastDuration * 3 } ?? true
            if idle && rested { return .payNow }
            if state.timerPending { return .wait }
            state.timerPending = true
            return .schedule(maxDelay)
        }
    }

    /// Takes what is owed (leaving nothing owed); the caller pays it.
    func take(fromTimer: Bool = false) -> Debt {
        state.withLock { state in
            if fromTimer { state.timerPending = false }
            defer { state.debt = .none }
            return state.debt
        }
    }

    /// Records how long paying took, for the rate of later upkeep.
    func paid(from start: ContinuousClock.Instant) {
        let end = ContinuousClock.now
        state.withLock { state in
            state.lastEnd = end
            state.lastDuration = end - start
        }
    }
}
