import Dispatch
import Synchronization

/// Runs async work to completion from a synchronous command (the root command is not async).
enum AsyncBridge {
    /// Where the detached task leaves its error for the waiting thread.
    private final class Outcome: Sendable {
        let error = Mutex<(any Error)?>(nil)
    }

    /// Runs `work` on the concurrency pool and waits for it on this thread.
    static func run(_ work: @escaping @Sendable () async throws -> Void) throws {
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { try await work() } catch { outcome.error.withLock { $0 = error } }
            done.signal()
        }
        done.wait()
        if let error = outcome.error.withLock({ $0 }) { throw error }
    }
}
