import Dispatch
import Synchronization

/// Runs async work to completion from synchronous code: the commands (the root command is not
/// async), and the synchronous faces of the async stores (`StoreFacilitationSession`,
/// `ParticipantRecorder`) that the terminal's console and runner drive. The one bridge between
/// the two worlds. Call it from a thread outside the concurrency pool (the main thread): it
/// blocks the calling thread until the work is done.
public enum AsyncBridge {
    /// Where the detached task leaves its value for the waiting thread.
    private final class Value<T: Sendable>: Sendable {
        let value = Mutex<T?>(nil)
    }

    /// Where the detached task leaves its error for the waiting thread.
    private final class Outcome: Sendable {
        let error = Mutex<(any Error)?>(nil)
    }

    /// The work, handed to the task and let go of before the waiting thread resumes: what it
    /// captured (a store) is released on this thread, not later, when the process may be gone.
    private final class Work: Sendable {
        let work: Mutex<(@Sendable () async throws -> Void)?>
        init(_ work: @escaping @Sendable () async throws -> Void) { self.work = Mutex(work) }
        func take() -> (@Sendable () async throws -> Void)? { work.withLock { $0.take() } }
    }

    /// Runs `work` on the concurrency pool and waits for it on this thread.
    public static func run(_ work: @escaping @Sendable () async throws -> Void) throws {
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let pending = Work(work)
        Task.detached {
            do { try await pending.take()?() } catch { outcome.error.withLock { $0 = error } }
            done.signal()
        }
        done.wait()
        if let error = outcome.error.withLock({ $0 }) { throw error }
    }

    /// Runs `work` on the concurrency pool, waits for it on this thread and returns its value.
    public static func value<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let result = Value<T>()
        try run {
            let value = try await work()
            result.value.withLock { $0 = value }
        }
        return result.value.withLock { $0! }
    }
}
