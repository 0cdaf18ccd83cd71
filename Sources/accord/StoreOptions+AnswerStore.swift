import AccordStore
import Foundation

extension StoreOptions {
    /// Opens the store at `databasePath`, creating it (and its folder) on first use.
    func openStore() throws -> AnswerStore {
        try AnswerStore(path: databasePath)
    }
}

/// Writes diagnostics to standard error, never to standard output (which carries machine formats).
enum StandardError {
    /// Writes `text` and a newline to stderr.
    static func print(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
