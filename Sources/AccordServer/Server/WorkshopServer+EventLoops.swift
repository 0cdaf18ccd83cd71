import NIOCore
import NIOPosix

extension WorkshopServer {
    /// Runs Swift concurrency's tasks on the server's event loops (NIO's shared group, which
    /// the HTTP server reads and writes on), so a request is not handed from an event-loop
    /// thread to a cooperative thread and back at every step: on two cores those hand-overs
    /// and the threads' wake-ups were a large share of a page's CPU. Call it once, from the
    /// main thread, before any task starts (`accord serve` does, first thing). Handlers never
    /// block a thread: they await the store (`AnswerStore.suspending`), whose SQLite work runs
    /// on GRDB's own threads. Returns whether it took effect.
    @discardableResult
    public static func runTasksOnEventLoops() -> Bool {
        NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
    }
}
