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
}
