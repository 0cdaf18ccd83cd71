import Synchronization

/// What readline's C callbacks read: they cannot capture context, so the reader puts the
/// current request here before each line, behind a lock.
enum ReadlineState {
    struct Values {
        var prefill = ""
        var completions: [String] = []
        var matches: [String] = []
        var nextMatch = 0
        var interrupted = false
    }

    static let shared = Mutex(Values())

    /// Set by the SIGINT handler when Ctrl-C comes between lines (while Accord saves an
    /// answer, say): the next line then ends at once as interrupted. A lock-free atomic, so
    /// the handler may touch it.
    static let interruptPending = Atomic<Bool>(false)
}
