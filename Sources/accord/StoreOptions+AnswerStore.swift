import AccordStore
import Foundation

extension StoreOptions {
    /// Opens the SQLite file at `databasePath` for `access`; with `warnings`, warns on stderr
    /// when other accounts may read it.
    func openSQLite(
        _ access: AnswerStore.Access, upkeep: AnswerStore.Upkeep = .immediate, warnings: Bool = true
    ) throws -> AnswerStore {
        let store = try AnswerStore(path: databasePath, access: access, upkeep: upkeep)
        if warnings, let warning = store.permissionWarning { StandardError.print(warning) }
        return store
    }
}

/// Writes diagnostics to standard error, never to standard output (which carries machine formats).
enum StandardError {
    /// Writes `text` and a newline to stderr.
    static func print(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
