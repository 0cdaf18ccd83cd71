import AccordPostgres
import AccordStore
import Foundation

extension StoreOptions {
    /// Opens the SQLite store for what runs on SQLite only (`facilitate --demo`, whose made-up
    /// participants submit directly) and for `serve` once it has chosen SQLite. A server passes
    /// `upkeep: .serving` (see `AnswerStore.Upkeep`).
    /// - Throws: `PostgresStoreError.unsupportedCommand` when `--db` names a PostgreSQL database.
    func openStore(_ access: AnswerStore.Access, upkeep: AnswerStore.Upkeep = .immediate) throws -> AnswerStore {
        if PostgresLocation.isPostgres(databasePath) { throw PostgresStoreError.unsupportedCommand(Self.commandName) }
        return try openSQLite(access, upkeep: upkeep)
    }

    /// Opens the SQLite file at `databasePath` for `access`; warns on stderr when other
    /// accounts may read it.
    func openSQLite(_ access: AnswerStore.Access, upkeep: AnswerStore.Upkeep = .immediate) throws -> AnswerStore {
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
