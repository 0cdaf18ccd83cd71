import AccordPostgres
import AccordStore
import Foundation

extension StoreOptions {
    /// Opens the store at `databasePath` for `access`: only commands that create data pass
    /// `.create`; commands that only read pass `.readOnly`. Warns on stderr when other
    /// accounts may read the file. A server passes `upkeep: .serving` (see `AnswerStore.Upkeep`).
    /// - Throws: `PostgresStoreError.unsupportedCommand` when `--db` names a PostgreSQL database:
    ///   the commands that run there open it through `withPostgres`.
    func openStore(_ access: AnswerStore.Access, upkeep: AnswerStore.Upkeep = .immediate) throws -> AnswerStore {
        if PostgresLocation.isPostgres(databasePath) { throw PostgresStoreError.unsupportedCommand(Self.commandName) }
        let store = try AnswerStore(path: databasePath, access: access, upkeep: upkeep)
        if let warning = store.permissionWarning { StandardError.print(warning) }
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
